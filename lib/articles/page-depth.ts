import { settings } from '../env';
import type { ArticleFilters } from './filters';

/**
 * How deep paging by number may go (`DEEPEST_NUMBERED_PAGE`, lib/env.ts). A numbered page without
 * a cursor is read by skipping every row before it, so its cost grows with its number; past this
 * depth, paging must carry the keyset cursor (`after=` / `before=`), which starts the page right
 * after a known row at any depth. Relevance order ranks a search's newest matches only
 * (RANKED_CANDIDATES), so the default reaches every page of it.
 */
export const deepestNumberedPage = () => settings().DEEPEST_NUMBERED_PAGE;

/** Whether these filters ask for a page by number past the deepest one allowed. */
export function pastNumberedPages(filters: ArticleFilters, deepest = deepestNumberedPage()): boolean {
  return filters.cursor === null && filters.page > deepest;
}

/** The machine endpoints' answer to such a page, naming the cursor parameter. */
export function tooDeepSentence(page: number, deepest = deepestNumberedPage()): string {
  return `page=${page} is past page ${deepest}, the deepest reached by number alone: every request for it would skip over all the rows before it. Page in date order (sort=date) with the after= parameter instead: each answer's "next" gives the query of the page after it, after= cursor included.`;
}
