/**
 * The reading room's state as it lives in the URL. Parsing is forgiving (a bad value is dropped
 * and reported, never a crash) and `filtersToSearchParams` writes one canonical form, so that a
 * shared link reproduces exactly what the sender saw.
 */

import { typedDate } from '../i18n/typed-date';
import { ISO_COUNTRY_CODES } from '../ingest/data/country-codes';
import { isEmptyQuery, parseQuery } from '../search/query';
import { ARTICLE_ID_SOURCE } from './ids';

export interface ArticleFilters {
  /** Country pairs such as "PK-US": codes upper-case and sorted. */
  pairs: string[];
  languages: string[];
  /** ISO codes of countries mentioned anywhere in the article (OR within the facet). */
  countries: string[];
  /** Source names as stored (OR within the facet). */
  sources: string[];
  /** Inclusive bounds, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  /** Only articles without a known date. */
  undated: boolean;
  /** Search text as typed (see lib/search/query.ts), or null. */
  q: string | null;
  /** Relevance is the default while searching, date otherwise. */
  sort: 'relevance' | 'date';
  /**
   * Count every match of a search even when it matches a large part of the collection, which is
   * otherwise counted from a sample (lib/articles/search-sample.ts). Only set while searching.
   */
  exactCounts: boolean;
  /** Page number as shown; with a cursor it is only a label, the cursor says where the page starts. */
  page: number;
  /** Keyset position for date-ordered pages: the rows after (or before) this one. */
  cursor: PageCursor | null;
}

export interface PageCursor {
  direction: 'after' | 'before';
  /** `YYYY-MM-DD`, or null for an article without a date. */
  date: string | null;
  /** Milliseconds since the epoch; stored times have millisecond precision. */
  createdAt: number;
  id: string;
}

const CURSOR = new RegExp(`^(\\d{4}-\\d{2}-\\d{2}|none)_(\\d{1,15})_(${ARTICLE_ID_SOURCE})$`);

export function encodeCursor(cursor: Omit<PageCursor, 'direction'>): string {
  return `${cursor.date ?? 'none'}_${cursor.createdAt}_${cursor.id}`;
}

function decodeCursor(direction: PageCursor['direction'], value: string): PageCursor | null {
  const match = CURSOR.exec(value);
  if (!match || (match[1] !== 'none' && !isIsoDate(match[1]!))) return null;
  return { direction, date: match[1] === 'none' ? null : match[1]!, createdAt: Number(match[2]), id: match[3]! };
}

export interface ParsedFilters {
  filters: ArticleFilters;
  /** `name=value` of every parameter that was dropped because it made no sense. */
  ignored: string[];
  /** Names of parameters given more often than allowed (see MAX_REPEATS), of which only the first values were read. */
  repeated: string[];
  /** `name=value` of every parameter the reading room does not know (a mistyped or outdated link). */
  unknown: string[];
}

export const EMPTY_FILTERS: ArticleFilters = {
  pairs: [],
  languages: [],
  countries: [],
  sources: [],
  from: null,
  to: null,
  undated: false,
  q: null,
  sort: 'date',
  exactCounts: false,
  page: 1,
  cursor: null,
};

export const MAX_QUERY_LENGTH = 300;

export const MAX_PAGE = 10_000;

/**
 * How many values a list parameter (pair, lang, country, source) may have; any other parameter has
 * one. More would only make each query and each kept count's key longer: the machine endpoints
 * refuse them, the reading room reads the first ones and says so.
 */
export const MAX_REPEATS = 50;

const LIST_PARAMETERS = new Set(['pair', 'lang', 'country', 'source']);

/** Every parameter `parseFilters` reads; the article page's own ones are left to it. */
const KNOWN_PARAMETERS = new Set([...LIST_PARAMETERS, 'from', 'to', 'undated', 'q', 'sort', 'count', 'page', 'after', 'before']);

const COUNTRY_CODE_SET = new Set(ISO_COUNTRY_CODES);

/** Whether a two-letter code names a country or territory: `XX` is shaped like one and is not. */
function isCountryCode(code: string): boolean {
  return COUNTRY_CODE_SET.has(code);
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function allValues(params: RawParams, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function normalisePair(value: string): string | null {
  const match = /^([A-Za-z]{2})-([A-Za-z]{2})$/.exec(value.trim());
  if (!match) return null;
  const [a, b] = [match[1]!.toUpperCase(), match[2]!.toUpperCase()];
  if (a === b || !isCountryCode(a) || !isCountryCode(b)) return null;
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

// BCP 47 as the ingester writes it: a 2–3 letter language, optional script and region.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function unique(list: string[]): string[] {
  return [...new Set(list)].sort();
}

/**
 * Whether a search may be counted exactly: only one with a word or phrase to find. A search made
 * only of exclusions (`-word`) matches nearly every article, and counting it exactly tests each.
 */
export function exactCountAllowed(q: string | null): boolean {
  return q !== null && !isEmptyQuery(parseQuery(q));
}

export function parseFilters(params: RawParams): ParsedFilters {
  const ignored: string[] = [];
  const drop = (name: string, value: string) => ignored.push(`${name}=${value}`);
  const repeated: string[] = [];
  // A parameter's values up to its cap; one given more often is noted once.
  const values = (name: string): string[] => {
    const all = allValues(params, name);
    const cap = LIST_PARAMETERS.has(name) ? MAX_REPEATS : 1;
    if (all.length <= cap) return all;
    if (!repeated.includes(name)) repeated.push(name);
    return all.slice(0, cap);
  };

  const pairs: string[] = [];
  for (const raw of values('pair')) {
    const pair = normalisePair(raw);
    if (pair) pairs.push(pair);
    else drop('pair', raw);
  }
  const languages: string[] = [];
  for (const raw of values('lang')) {
    if (LANGUAGE_TAG.test(raw)) languages.push(raw);
    else drop('lang', raw);
  }
  const countries: string[] = [];
  for (const raw of values('country')) {
    if (isCountryCode(raw.trim().toUpperCase())) countries.push(raw.trim().toUpperCase());
    else drop('country', raw);
  }
  const sources: string[] = [];
  for (const raw of values('source')) {
    const source = raw.trim();
    // Control characters are in no source name, and PostgreSQL refuses NUL in text outright.
    if (source.length > 0 && source.length <= 200 && !/[\u0000-\u001F\u007F]/.test(source)) sources.push(source);
    else drop('source', raw.slice(0, 40));
  }
  const date = (name: 'from' | 'to'): string | null => {
    const raw = values(name)[0];
    if (raw === undefined || raw === '') return null;
    // ISO, or a date typed in the reader's calendar and digits (lib/i18n/typed-date.ts).
    const typed = typedDate(raw);
    if (typed) return typed;
    drop(name, raw);
    return null;
  };
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) [from, to] = [to, from];

  const undatedRaw = values('undated')[0];
  const undated = undatedRaw === '1';
  if (undatedRaw !== undefined && undatedRaw !== '1') drop('undated', undatedRaw);

  let q = values('q')[0]?.trim() || null;
  if (q && q.length > MAX_QUERY_LENGTH) {
    drop('q', `${q.slice(0, 20)}… (longer than ${MAX_QUERY_LENGTH} characters)`);
    q = null;
  }
  const sortRaw = values('sort')[0];
  let sort: ArticleFilters['sort'] = q ? 'relevance' : 'date';
  if (sortRaw === 'date' || sortRaw === 'relevance') sort = q ? sortRaw : 'date';
  else if (sortRaw !== undefined) drop('sort', sortRaw);

  const countRaw = values('count')[0];
  const exactCounts = countRaw === 'exact' && exactCountAllowed(q);
  if (countRaw !== undefined && !exactCounts) drop('count', countRaw);

  let page = 1;
  const pageRaw = values('page')[0];
  if (pageRaw !== undefined) {
    const n = Number(pageRaw);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) page = n;
    else drop('page', pageRaw);
  }

  let cursor: PageCursor | null = null;
  for (const direction of ['after', 'before'] as const) {
    const raw = values(direction)[0];
    if (raw === undefined) continue;
    const decoded = decodeCursor(direction, raw);
    // Relevance order has no stable key to continue from; it pages by number.
    if (decoded && sort === 'date' && !cursor && page > 1) cursor = decoded;
    else drop(direction, raw);
  }

  const names = params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
  const unknown = names
    .filter((name) => !KNOWN_PARAMETERS.has(name))
    .map((name) => `${name.slice(0, 40)}=${(allValues(params, name)[0] ?? '').slice(0, 40)}`);

  return {
    filters: {
      pairs: unique(pairs),
      languages: unique(languages),
      countries: unique(countries),
      sources: unique(sources),
      from,
      to,
      undated,
      q,
      sort,
      exactCounts,
      page,
      cursor,
    },
    ignored,
    repeated,
    unknown,
  };
}

/** The canonical query string for a set of filters (page 1 and empty values are left out). */
export function filtersToSearchParams(filters: ArticleFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const pair of unique(filters.pairs)) params.append('pair', pair);
  for (const language of unique(filters.languages)) params.append('lang', language);
  for (const country of unique(filters.countries)) params.append('country', country);
  for (const source of unique(filters.sources)) params.append('source', source);
  if (filters.undated) params.set('undated', '1');
  else {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  // Only the non-default order is written, so one view has one URL.
  if (filters.q && filters.sort === 'date') params.set('sort', 'date');
  if (filters.q && filters.exactCounts) params.set('count', 'exact');
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.cursor && filters.page > 1) params.set(filters.cursor.direction, encodeCursor(filters.cursor));
  return params;
}

export function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Filters after a change; any change other than paging goes back to the first page. */
export function withFilters(filters: ArticleFilters, change: Partial<ArticleFilters>): ArticleFilters {
  return { ...filters, page: 1, cursor: null, ...change };
}

/** How many filters narrow a view, the search aside: each chosen value, and a date range or "undated" as one. */
export function activeFilterCount(filters: ArticleFilters): number {
  const dates = filters.undated || filters.from !== null || filters.to !== null ? 1 : 0;
  return filters.pairs.length + filters.languages.length + filters.countries.length + filters.sources.length + dates;
}
