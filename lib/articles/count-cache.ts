import type { ArticleFilters } from './filters';

/** `read`, asked at most once: one version for everything a request keeps or looks up. */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= read());
}

/** What the counts depend on: every filter but the page, the cursor and the sort order. */
export function countKey(filters: ArticleFilters): string {
  const sorted = (values: string[]) => [...values].sort();
  return JSON.stringify([
    sorted(filters.pairs),
    sorted(filters.languages),
    sorted(filters.countries),
    sorted(filters.sources),
    filters.from,
    filters.to,
    filters.undated,
    filters.q,
    filters.exactCounts,
  ]);
}
