import { getLocale, getTranslations } from 'next-intl/server';
import { EMPTY_FILTERS, toggle, withFilters, type ArticleFilters } from '@/lib/articles/filters';
import type { ArticleListing } from '@/lib/articles/types';
import { countryName, formatNumber, languageName, pairName } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { DateFacet } from './date-facet';
import { FacetList, type FacetItem } from './facet-list';
import { viewHref } from './view-href';

/** Facet values that are selected stay visible even when the other filters leave them no articles. */
function withSelected(values: { value: string; count: number }[], selected: string[]) {
  const missing = selected.filter((value) => !values.some((v) => v.value === value));
  return [...values, ...missing.map((value) => ({ value, count: 0 }))];
}

export async function FiltersPanel({ listing, filters }: { listing: ArticleListing; filters: ArticleFilters }) {
  const t = await getTranslations('Facets');
  const th = await getTranslations('Home');
  const locale = (await getLocale()) as AppLocale;
  const item = (value: string, count: number, label: string, selected: boolean, change: Partial<ArticleFilters>): FacetItem => ({
    value,
    label,
    count: formatNumber(count, locale),
    countLabel: t('countLabel', { count }),
    selected,
    href: viewHref(withFilters(filters, change)),
  });
  const pairs = withSelected(listing.facets.pairs, filters.pairs).map(({ value, count }) =>
    item(value, count, pairName(value, locale), filters.pairs.includes(value), { pairs: toggle(filters.pairs, value) }),
  );
  const languages = withSelected(listing.facets.languages, filters.languages).map(({ value, count }) =>
    item(value, count, languageName(value, locale), filters.languages.includes(value), { languages: toggle(filters.languages, value) }),
  );
  const countries = withSelected(listing.facets.countries, filters.countries).map(({ value, count }) =>
    item(value, count, countryName(value, locale), filters.countries.includes(value), { countries: toggle(filters.countries, value) }),
  );
  const sources = withSelected(listing.facets.sources, filters.sources).map(({ value, count }) =>
    item(value, count, value, filters.sources.includes(value), { sources: toggle(filters.sources, value) }),
  );
  const anyFilter = Boolean(filters.q) || filters.pairs.length > 0 || filters.languages.length > 0 || filters.countries.length > 0 || filters.sources.length > 0 || filters.from || filters.to || filters.undated;
  return (
    <div className="space-y-4">
      {anyFilter && (
        <Link href={viewHref(EMPTY_FILTERS)} className="text-sm text-sky-800 underline">
          {th('clearAll')}
        </Link>
      )}
      <FacetList id="pair" title={t('pair')} items={pairs} />
      <FacetList id="language" title={t('language')} items={languages} />
      <FacetList id="country" title={t('country')} items={countries} />
      <FacetList id="source" title={t('source')} items={sources} />
      <DateFacet facet={listing.facets.dates} filters={filters} />
    </div>
  );
}
