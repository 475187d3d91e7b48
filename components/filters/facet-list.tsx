import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { FacetFilter } from './facet-filter';
import type { ViewHref } from './view-href';

export interface FacetItem {
  value: string;
  label: string;
  count: string;
  countLabel: string;
  selected: boolean;
  href: ViewHref;
}

// Past this many values a facet shows the top ones (and every selected one) and folds the rest.
const VISIBLE = 8;

function FacetLink({ item, selectedLabel }: { item: FacetItem; selectedLabel: string }) {
  return (
    <li data-match={`${item.label} ${item.value}`}>
      <Link
        href={item.href}
        data-value={item.value}
        aria-current={item.selected ? 'true' : undefined}
        className="flex items-center justify-between gap-2 rounded px-2 py-1 text-sm text-stone-800 hover:bg-stone-200 aria-[current=true]:bg-stone-800 aria-[current=true]:text-white"
      >
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block w-3 text-center">
            {item.selected ? '✓' : ''}
          </span>
          <bdi>{item.label}</bdi>
          {item.selected && <span className="sr-only">({selectedLabel})</span>}
        </span>
        <span className="tabular-nums" aria-label={item.countLabel}>
          {item.count}
        </span>
      </Link>
    </li>
  );
}

/**
 * One facet as a list of toggle links: selecting adds the value (OR within the facet). A long one
 * shows its top values and folds the rest, with a box to find a value by typing.
 */
export async function FacetList({ id, title, items }: { id: string; title: string; items: FacetItem[] }) {
  const t = await getTranslations('Facets');
  const shown = items.filter((item, index) => index < VISIBLE || item.selected);
  const folded = items.filter((item, index) => index >= VISIBLE && !item.selected);
  const list = (
    <ul className="space-y-1" data-facet={id}>
      {shown.map((item) => (
        <FacetLink key={item.value} item={item} selectedLabel={t('selected')} />
      ))}
      {folded.length > 0 && (
        <li>
          <details>
            <summary className="cursor-pointer px-2 py-1 text-sm text-sky-800">{t('showAll', { count: folded.length })}</summary>
            <ul className="space-y-1">
              {folded.map((item) => (
                <FacetLink key={item.value} item={item} selectedLabel={t('selected')} />
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
  return (
    <section aria-labelledby={`facet-${id}`} className="border-b border-stone-200 pb-4">
      <h3 id={`facet-${id}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-700">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-stone-600">{t('none')}</p>
      ) : folded.length > 0 ? (
        <FacetFilter label={t('filter', { name: title })} noMatch={t('noMatch')}>
          {list}
        </FacetFilter>
      ) : (
        list
      )}
    </section>
  );
}
