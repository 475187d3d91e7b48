import { ARTICLE_ID_PATTERN } from '../articles/ids';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 3;

export type CompareProblem =
  | { kind: 'invalid'; value: string }
  | { kind: 'duplicate'; value: string }
  | { kind: 'tooMany'; dropped: string[] }
  | { kind: 'missing'; value: string };

export interface ParsedCompareIds {
  /** Well-formed, distinct ids in the order given, at most MAX_COMPARED. */
  ids: string[];
  problems: CompareProblem[];
}

/**
 * `ids=A,B,C` (or repeated `ids=`) as the ids to compare. Nothing is guessed: malformed values,
 * repeats and ids past the third are dropped and each named, so the page can say what it did.
 */
export function parseCompareIds(raw: string | string[] | undefined): ParsedCompareIds {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  const ids: string[] = [];
  const problems: CompareProblem[] = [];
  for (const value of values) {
    const id = value.toLowerCase();
    if (!ARTICLE_ID_PATTERN.test(id)) problems.push({ kind: 'invalid', value: value.slice(0, 40) });
    else if (ids.includes(id)) problems.push({ kind: 'duplicate', value: id });
    else ids.push(id);
  }
  if (ids.length > MAX_COMPARED) problems.push({ kind: 'tooMany', dropped: ids.splice(MAX_COMPARED) });
  return { ids, problems };
}

/** The compare page's query for these ids (order kept: it is the columns' order). */
export function compareQuery(ids: readonly string[]): { ids: string } {
  return { ids: ids.join(',') };
}

/**
 * The comparison after the reader adds one article: appended at the end, unless it is already
 * there or the comparison is full (then unchanged; the control says why).
 */
export function addToComparison(ids: readonly string[], id: string): string[] {
  if (ids.includes(id) || ids.length >= MAX_COMPARED || !ARTICLE_ID_PATTERN.test(id)) return [...ids];
  return [...ids, id];
}

export function removeFromComparison(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}
