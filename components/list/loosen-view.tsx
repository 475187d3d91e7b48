import { getLocale, getTranslations } from 'next-intl/server';
import { EMPTY_FILTERS, toggle, withFilters, type ArticleFilters } from '@/lib/articles/filters';
import { countryName, languageName, pairName } from '@/lib/i18n/format';
import { getPathname } from '@/lib/i18n/navigation';
import { viewHref } from '../filters/view-href';
import { RESULTS_FRAGMENT } from '@/lib/url/results-fragment';

/**
 * What an empty view offers instead of a dead end: one link per filter that removes just it, and
 * one that clears them all. Each lands on the results of the looser view.
 */
export async function LoosenView({ filters }: { filters: ArticleFilters }) {
  const t = await getTranslations('Home');
  const locale = await getLocale();
  const isolate = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  const remove = (name: string) => t.rich('removeFilter', { name, isolate });
  const links: { key: string; label: React.ReactNode; filters: ArticleFilters }[] = [
    ...(filters.q
      ? [
          {
            key: 'q',
            label: t.rich('removeSearch', { q: filters.q, isolate: (chunks: React.ReactNode) => <bdi dir="auto">{chunks}</bdi> }),
            filters: withFilters(filters, { q: null, sort: 'date', exactCounts: false }),
          },
        ]
      : []),
    ...filters.pairs.map((v) => ({
      key: `pair-${v}`,
      label: remove(pairName(v, locale)),
      filters: withFilters(filters, { pairs: toggle(filters.pairs, v) }),
    })),
    ...filters.languages.map((v) => ({
      key: `lang-${v}`,
      label: remove(languageName(v, locale)),
      filters: withFilters(filters, { languages: toggle(filters.languages, v) }),
    })),
    ...filters.countries.map((v) => ({
      key: `country-${v}`,
      label: remove(countryName(v, locale)),
      filters: withFilters(filters, { countries: toggle(filters.countries, v) }),
    })),
    ...filters.sources.map((v) => ({
      key: `source-${v}`,
      label: remove(v),
      filters: withFilters(filters, { sources: toggle(filters.sources, v) }),
    })),
    ...(filters.from || filters.to
      ? [{ key: 'dates', label: t('removeDates'), filters: withFilters(filters, { from: null, to: null }) }]
      : []),
    ...(filters.undated ? [{ key: 'undated', label: t('removeUndated'), filters: withFilters(filters, { undated: false }) }] : []),
  ];
  if (links.length === 0) return null;
  const href = (view: ArticleFilters) => `${getPathname({ href: viewHref(view), locale })}#${RESULTS_FRAGMENT}`;
  return (
    <div className="mt-3" data-testid="loosen">
      <p className="text-sm text-stone-700">{t('loosen')}</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <a
              href={href(link.filters)}
              className="inline-block rounded border border-stone-400 bg-white px-2 py-1 text-sm text-sky-900 hover:bg-stone-100"
            >
              {link.label}
            </a>
          </li>
        ))}
        {links.length > 1 && (
          <li>
            <a
              href={href(EMPTY_FILTERS)}
              className="inline-block rounded border border-stone-400 bg-white px-2 py-1 text-sm text-sky-900 hover:bg-stone-100"
            >
              {t('clearAll')}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
