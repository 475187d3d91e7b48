import { filtersToSearchParams, type ArticleFilters } from '@/lib/articles/filters';
import { searchParamsToQuery } from '@/lib/url/query';

export type ViewHref = { pathname: '/'; query: Record<string, string | string[]> };

/** The reading-room link for a set of filters, in the canonical parameter order. */
export function viewHref(filters: ArticleFilters): ViewHref {
  return { pathname: '/', query: searchParamsToQuery(filtersToSearchParams(filters)) };
}
