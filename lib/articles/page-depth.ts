import type { ArticleFilters } from './filters';

/**
 * How deep paging by number may go. A numbered page without a cursor is read by skipping every row
 * before it, so its cost grows with its number; past this depth, paging must carry the keyset
 * cursor (`after=` / `before=`), which starts the page right after a known row at any depth.
 * Relevance order ranks a search's newest matches only (RANKED_CANDIDATES, fifty pages at twenty a
 * page), so the default reaches every page of it.
 */
export const DEFAULT_DEEPEST_NUMBERED_PAGE = 50;

/** `DEEPEST_NUMBERED_PAGE`: a whole number from 1 to 10000; throws a sentence otherwise. */
export function deepestNumberedPage(value = process.env.DEEPEST_NUMBERED_PAGE): number {
  if (value === undefined || value.trim() === '') return DEFAULT_DEEPEST_NUMBERED_PAGE;
  const n = Number(value.trim());
  if (!/^\d{1,5}$/.test(value.trim()) || n < 1 || n > 10_000) {
    throw new Error(`DEEPEST_NUMBERED_PAGE must be a whole number from 1 to 10000 (the deepest page reached by page= alone), got “${value}”.`);
  }
  return n;
}

/** Whether these filters ask for a page by number past the deepest one allowed. */
export function pastNumberedPages(filters: ArticleFilters, deepest = deepestNumberedPage()): boolean {
  return filters.cursor === null && filters.page > deepest;
}

/** The machine endpoints' answer to such a page, naming the cursor parameter. */
export function tooDeepSentence(page: number, deepest = deepestNumberedPage()): string {
  return `page=${page} is past page ${deepest}, the deepest reached by number alone: every request for it would skip over all the rows before it. Page in date order (sort=date) with the after= parameter instead: each answer's "next" gives the query of the page after it, after= cursor included.`;
}
