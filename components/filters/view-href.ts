import { filtersToSearchParams, type ArticleFilters } from '@/lib/articles/filters';

export type ViewHref = { pathname: '/'; query: Record<string, string | string[]> };

/** The reading-room link for a set of filters, in the canonical parameter order. */
export function viewHref(filters: ArticleFilters): ViewHref {
  const params = filtersToSearchParams(filters);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    query[key] = all.length === 1 ? all[0]! : all;
  }
  return { pathname: '/', query };
}
