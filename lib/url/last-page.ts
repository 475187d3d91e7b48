/**
 * The last page of a view when a link can reach it by number: its count must be exact (an
 * estimate may be short or long) and no deeper than DEEPEST_NUMBERED_PAGE (lib/articles/page-depth.ts),
 * past which pages are reached only by cursor. Null otherwise.
 */
export function reachableLastPage(
  { pageCount, pageCountEstimated }: { pageCount: number; pageCountEstimated: boolean },
  deepest: number,
): number | null {
  return !pageCountEstimated && pageCount >= 1 && pageCount <= deepest ? pageCount : null;
}
