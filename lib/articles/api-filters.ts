import { parseFilters, type ArticleFilters } from './filters';

const KNOWN = new Set(['q', 'pair', 'lang', 'country', 'source', 'from', 'to', 'undated', 'sort', 'page', 'after', 'before']);

/**
 * Filters for machine endpoints, which are strict where the reading room is forgiving: an
 * unknown or malformed parameter is an error the caller should see, not something to drop.
 */
export function parseApiFilters(params: URLSearchParams): { filters: ArticleFilters } | { error: string } {
  const unknown = [...new Set(params.keys())].filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) return { error: `Unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known: ${[...KNOWN].join(', ')}.` };
  const { filters, ignored } = parseFilters(params);
  if (ignored.length > 0) {
    return { error: `Invalid value${ignored.length > 1 ? 's' : ''}: ${ignored.join(', ')}. Pairs look like PK-US, languages like fa-AF, countries like PK, dates like 2024-07-05.` };
  }
  return { filters };
}
