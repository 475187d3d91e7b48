import { getLocale, getTranslations } from 'next-intl/server';
import { toggle, withFilters, type ArticleFilters } from '@/lib/articles/filters';
import type { FacetValue } from '@/lib/articles/types';
import { countryName, formatNumber, languageName, pairName } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import type { FacetItem } from './facet-list';
import { viewHref } from './view-href';

/** The facets listed by value (the date has its own histogram). */
export const VALUE_FACETS = ['pair', 'language', 'country', 'source'] as const;
export type ValueFacet = (typeof VALUE_FACETS)[number];

/** Facet values that are selected stay visible even when the other filters leave them no articles. */
function withSelected(values: { value: string; count: number }[], selected: string[]) {
  const missing = selected.filter((value) => !values.some((v) => v.value === value));
  return [...values, ...missing.map((value) => ({ value, count: 0 }))];
}

/** Each value facet's entries for a view: name in the reader's language, count, and the link that toggles it. */
export async function facetItems(
  facets: { pairs: FacetValue[]; languages: FacetValue[]; countries: FacetValue[]; sources: FacetValue[] },
  filters: ArticleFilters,
): Promise<Record<ValueFacet, FacetItem[]>> {
  const t = await getTranslations('Facets');
  const locale = (await getLocale()) as AppLocale;
  const item = (value: string, count: number, label: string, selected: boolean, change: Partial<ArticleFilters>): FacetItem => ({
    value,
    label,
    count: formatNumber(count, locale),
    countLabel: t('countLabel', { count }),
    selected,
    href: viewHref(withFilters(filters, change)),
  });
  return {
    pair: withSelected(facets.pairs, filters.pairs).map(({ value, count }) =>
      item(value, count, pairName(value, locale), filters.pairs.includes(value), { pairs: toggle(filters.pairs, value) }),
    ),
    language: withSelected(facets.languages, filters.languages).map(({ value, count }) =>
      item(value, count, languageName(value, locale), filters.languages.includes(value), { languages: toggle(filters.languages, value) }),
    ),
    country: withSelected(facets.countries, filters.countries).map(({ value, count }) =>
      item(value, count, countryName(value, locale), filters.countries.includes(value), { countries: toggle(filters.countries, value) }),
    ),
    source: withSelected(facets.sources, filters.sources).map(({ value, count }) =>
      item(value, count, value, filters.sources.includes(value), { sources: toggle(filters.sources, value) }),
    ),
  };
}
