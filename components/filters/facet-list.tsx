import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/i18n/format';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { FacetFilter } from './facet-filter';
import type { ViewHref } from './view-href';
import { resultsHref } from './results-href';

export interface FacetItem {
  value: string;
  label: string;
  count: string;
  countLabel: string;
  selected: boolean;
  href: ViewHref;
}

/**
 * A plain link, not next-intl's client Link: a facet can have hundreds of values, and a client
 * component's props are sent twice (HTML and the RSC payload), and a few hundred Links made the
 * reading room's page several times larger.
 */
function FacetLink({ item, selectedLabel, locale }: { item: FacetItem; selectedLabel: string; locale: AppLocale }) {
  return (
    <li data-match={`${item.label} ${item.value}`}>
      <a
        // Choosing a value lands on the results it leaves (components/list/results-focus.tsx).
        href={resultsHref(item.href, locale)}
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
      </a>
    </li>
  );
}

/**
 * One facet as a list of toggle links: selecting adds the value (OR within the facet). In the
 * reading room (`allHref` given) a long facet shows its top values and every selected one, and
 * links to a page with all of them (`more` left out); that page (no `allHref`) lists everything
 * with a box to find a value by typing. Hundreds of values inline would make every view heavy.
 */
export async function FacetList({
  id,
  title,
  items,
  more = 0,
  allHref,
}: {
  id: string;
  title: string;
  items: FacetItem[];
  more?: number;
  allHref?: { pathname: string; query: Record<string, string | string[]> };
}) {
  const t = await getTranslations('Facets');
  const locale = await getLocale();
  const list = (
    <ul className="space-y-1" data-facet={id}>
      {items.map((item) => (
        <FacetLink key={item.value} item={item} selectedLabel={t('selected')} locale={locale} />
      ))}
    </ul>
  );
  return (
    <section aria-labelledby={`facet-${id}`} className="border-b border-stone-200 pb-4">
      <h3 id={`facet-${id}`} className="mb-2 text-sm font-semibold tracking-wide text-stone-700 uppercase">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-stone-600">{t('none')}</p>
      ) : allHref ? (
        list
      ) : (
        <FacetFilter label={t('filter', { name: title })} noMatch={t('noMatch')}>
          {list}
        </FacetFilter>
      )}
      {allHref && more > 0 && (
        <a
          href={getPathname({ href: allHref, locale })}
          className="mt-1 inline-block px-2 py-1 text-sm text-sky-800 underline"
          data-testid={`facet-all-${id}`}
        >
          {t('showAllShown', { count: more, number: formatNumber(more, locale) })}
        </a>
      )}
    </section>
  );
}
