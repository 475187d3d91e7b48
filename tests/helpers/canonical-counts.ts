import type { FacetCounts } from '../../lib/articles/facet-counts';

/** Facet lists compare as sets of value/count; the order of equal counts is the same by construction. */
export function canonical(counts: FacetCounts) {
  const sort = <T extends { count: number }>(rows: T[], key: (r: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b))).map((r) => ({ ...r }));
  return {
    total: counts.total,
    pairs: sort(counts.pairs, (r) => r.value),
    languages: sort(counts.languages, (r) => r.value),
    countries: sort(counts.countries, (r) => r.value),
    sources: sort(counts.sources, (r) => r.value),
    months: sort(counts.months, (r) => r.month ?? ''),
  };
}
