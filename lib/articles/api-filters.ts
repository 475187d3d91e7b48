import * as z from 'zod';
import { MAX_QUERY_LENGTH, MAX_REPEATS, parseFilters, type ArticleFilters } from './filters';

export const EXACT_COUNT_NEEDS_A_WORD =
  'count=exact needs a search with at least one word or phrase to find: a search made only of exclusions (-word) matches nearly every article, so it is only counted from a sample. Add a word to q, or leave out count=exact.';

// Single-valued parameters may appear once; list parameters a bounded number of times. Longer
// values than any real one are refused here, before anything reads them.
const single = (max: number) => z.array(z.string().max(max, `longer than ${max} characters`)).max(1, 'given more than once');
const list = (max: number) =>
  z.array(z.string().max(max, `longer than ${max} characters`)).max(MAX_REPEATS, `given more than ${MAX_REPEATS} times`);

/** The shape of a machine endpoint's query: known names only, each within its bounds. */
export const apiQuerySchema = z.strictObject({
  q: single(MAX_QUERY_LENGTH).optional(),
  pair: list(20).optional(),
  lang: list(20).optional(),
  country: list(20).optional(),
  source: list(200).optional(),
  from: single(20).optional(),
  to: single(20).optional(),
  undated: single(20).optional(),
  sort: single(20).optional(),
  count: single(20).optional(),
  page: single(20).optional(),
  after: single(60).optional(),
  before: single(60).optional(),
});

const KNOWN = Object.keys(apiQuerySchema.shape);

// Grouped through a Map: a parameter named `__proto__` must become a key, not the prototype.
function grouped(params: URLSearchParams): Record<string, string[]> {
  const query = new Map<string, string[]>();
  for (const [key, value] of params) query.set(key, [...(query.get(key) ?? []), value]);
  return Object.fromEntries(query);
}

/**
 * Filters for machine endpoints, which are strict where the reading room is forgiving: an
 * unknown or malformed parameter is an error the caller should see, not something to drop.
 * The schema checks names, repetition and length; `parseFilters` then checks each value.
 */
export function parseApiFilters(params: URLSearchParams): { filters: ArticleFilters } | { error: string } {
  const shape = apiQuerySchema.safeParse(grouped(params));
  if (!shape.success) {
    const unknown = shape.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
    if (unknown.length > 0)
      return { error: `Unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known: ${KNOWN.join(', ')}.` };
    const issue = shape.error.issues[0]!;
    return { error: `Invalid parameter ${String(issue.path[0])}: ${issue.message}.` };
  }
  const { filters, ignored } = parseFilters(params);
  if (ignored.length === 1 && ignored[0] === 'count=exact' && filters.q !== null) return { error: EXACT_COUNT_NEEDS_A_WORD };
  if (ignored.length > 0) {
    return {
      error: `Invalid value${ignored.length > 1 ? 's' : ''}: ${ignored.join(', ')}. Pairs look like PK-US, languages like fa-AF, countries like PK, dates like 2024-07-05; count=exact goes with q.`,
    };
  }
  return { filters };
}
