import { filtersToSearchParams, type ArticleFilters } from './filters';
import type { ArticleListing } from './types';

/**
 * The query string of the page after this one, or null when there is none. In date order it
 * carries the keyset cursor (`after=`), so it costs the same at any depth and is never refused for
 * depth; relevance order pages by number.
 */
export function nextPageQuery(filters: ArticleFilters, listing: Pick<ArticleListing, 'morePages' | 'cursors'>): string | null {
  if (!listing.morePages) return null;
  const last = listing.cursors.last;
  const next: ArticleFilters =
    filters.sort === 'date' && last
      ? { ...filters, page: filters.page + 1, cursor: { direction: 'after', ...last } }
      : { ...filters, page: filters.page + 1, cursor: null };
  return filtersToSearchParams(next).toString();
}
