import { getLocale, getTranslations } from 'next-intl/server';
import { toggle, withFilters, type ArticleFilters } from '@/lib/articles/filters';
import type { FacetValue } from '@/lib/articles/types';
import type { ValueFacet } from '@/lib/articles/value-facets';
import { countryName, formatNumber, languageName, pairName } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import type { FacetItem } from './facet-list';
import { viewHref } from './view-href';

/** Facet values that are selected stay visible even when the other filters leave them no articles. */
function withSelected(values: { value: string; count: number }[], selected: string[]) {
  const missing = selected.filter((value) => !values.some((v) => v.value === value));
  return [...values, ...missing.map((value) => ({ value, count: 0 }))];
}

/** A count as shown: "≈1,200" when it is estimated from a sample. */
export function countText(
  t: (key: 'approximateCount', values: { count: string }) => string,
  count: number,
  locale: AppLocale,
  approximate: boolean,
): string {
  return approximate ? t('approximateCount', { count: formatNumber(count, locale) }) : formatNumber(count, locale);
}

/** A facet's entries as shown, and how many of its values are left out of them. */
export interface FacetEntries {
  items: FacetItem[];
  more: number;
}

/**
 * Each value facet's entries for a view: name in the reader's language, count, and the link that
 * toggles it. With `visible`, only the top `visible` values and every selected one are made into
 * entries (the rest are counted in `more`): naming, counting and linking all 300 sources of a
 * view, to show eight, was a sixth of the reading room's rendering time. `approximate` counts
 * (estimated from a sample) are marked as such, to the eye and to a screen reader.
 */
export async function facetItems(
  facets: { pairs: FacetValue[]; languages: FacetValue[]; countries: FacetValue[]; sources: FacetValue[] },
  filters: ArticleFilters,
  { visible = Number.POSITIVE_INFINITY, approximate = false }: { visible?: number; approximate?: boolean } = {},
): Promise<Record<ValueFacet, FacetEntries>> {
  const t = await getTranslations('Facets');
  const locale = await getLocale();
  const entries = (
    values: FacetValue[],
    selected: string[],
    label: (value: string) => string,
    change: (value: string) => Partial<ArticleFilters>,
  ): FacetEntries => {
    const all = withSelected(values, selected);
    const shown = all.filter((value, index) => index < visible || selected.includes(value.value));
    return {
      more: all.length - shown.length,
      items: shown.map(({ value, count }) => ({
        value,
        label: label(value),
        count: countText(t, count, locale, approximate),
        countLabel: t(approximate ? 'approximateCountLabel' : 'countLabel', { count }),
        selected: selected.includes(value),
        href: viewHref(withFilters(filters, change(value))),
      })),
    };
  };
  return {
    pair: entries(
      facets.pairs,
      filters.pairs,
      (v) => pairName(v, locale),
      (v) => ({ pairs: toggle(filters.pairs, v) }),
    ),
    language: entries(
      facets.languages,
      filters.languages,
      (v) => languageName(v, locale),
      (v) => ({ languages: toggle(filters.languages, v) }),
    ),
    country: entries(
      facets.countries,
      filters.countries,
      (v) => countryName(v, locale),
      (v) => ({ countries: toggle(filters.countries, v) }),
    ),
    source: entries(
      facets.sources,
      filters.sources,
      (v) => v,
      (v) => ({ sources: toggle(filters.sources, v) }),
    ),
  };
}
