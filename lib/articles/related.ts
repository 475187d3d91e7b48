import { parseDate } from '@internationalized/date';
import { readDb } from '../db/client';
import { settings } from '../env';
import { Prisma } from '../db/generated/client';
import { EMPTY_FILTERS, type ArticleFilters } from './filters';
import { toListItem, type ArticleRow } from './rows';
import type { ArticleListItem } from './types';
import { DATE_KEY } from './where';

/**
 * Each language lists at most this many neighbours, the closest in date; the rest are counted and
 * one link away in the reading room (RelatedGroup.view). A busy pair has hundreds of articles in a
 * month: listing them all made the article page ten times heavier than the article.
 */
export const RELATED_PER_LANGUAGE = 5;

/** The widest window, from the environment (lib/env.ts allows as much) or a link: ten years. */
export const MAX_RELATED_WINDOW_DAYS = 3650;

/** The URL parameter that sets the window of one article page (`?related=90`). */
export const RELATED_WINDOW_PARAM = 'related';

/** Windows offered one step at a time when the current one shows too little. */
const WIDER_WINDOWS = [30, 90, 180, 365, 730, 1825, MAX_RELATED_WINDOW_DAYS];

/** Whole days 0–MAX_RELATED_WINDOW_DAYS, or null. */
function windowDays(value: string): number | null {
  if (!/^\d{1,4}$/.test(value.trim())) return null;
  const days = Number(value);
  return days <= MAX_RELATED_WINDOW_DAYS ? days : null;
}

/** `RELATED_WINDOW_DAYS` (lib/env.ts). */
export const relatedWindowDays = () => settings().RELATED_WINDOW_DAYS;

export interface RelatedWindow {
  days: number;
  /** The `related=` value the page could not use (cut to 40 characters), to name in its notice. */
  invalid: string | null;
}

/**
 * The window an article page asks for with `related=`, within the same bounds as
 * RELATED_WINDOW_DAYS; without it, or when it is not such a number, the configured window.
 */
export function relatedWindowParam(value: string | string[] | undefined, fallback = relatedWindowDays()): RelatedWindow {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return { days: fallback, invalid: null };
  const days = windowDays(raw);
  return days === null ? { days: fallback, invalid: raw.slice(0, 40) } : { days, invalid: null };
}

/** The next wider window to offer, or null at the widest. */
export function widerWindow(days: number): number | null {
  return WIDER_WINDOWS.find((wider) => wider > days) ?? null;
}

export interface RelatedGroup {
  language: string;
  /** How many articles in this language fall in the window. */
  total: number;
  /** The RELATED_PER_LANGUAGE closest in date, in date order. */
  items: ArticleListItem[];
  /** The reading room's filters that list all `total` of them. */
  view: ArticleFilters;
}

export interface RelatedUndated {
  total: number;
  /** The most recently added RELATED_PER_LANGUAGE. */
  items: ArticleListItem[];
  view: ArticleFilters;
}

export interface RelatedCoverage {
  windowDays: number;
  /** Dated articles within the window, by language, the largest group first. */
  groups: RelatedGroup[];
  /** Articles on the same pair with no known date: they may or may not be related, so apart. */
  undated: RelatedUndated;
  /** The reading room's filters for every article on the pair, whatever its date; null without a pair. */
  pairView: ArticleFilters | null;
}

const COLUMNS = Prisma.sql`id, title, language, direction, source, published_at, date_precision,
  date_text, calendar, pair_a, pair_b, synthetic, created_at`;

type RankedRow = ArticleRow & { in_language: bigint };

const shiftDays = (isoDate: string, days: number) => parseDate(isoDate).add({ days }).toString();

/**
 * Other published articles on the same country pair within ±windowDays of the published
 * `article`'s date. Both queries are served by the pair's date-ordered index
 * (article_pair_date_idx): the dated one as a range of its date key, the undated one as the
 * key's '-infinity' end. The dated query reads every article in the window once, to count each
 * language and keep its closest few. The undated one reads only the few it shows: their number
 * is the pair's undated count in facet_count, kept exact by triggers, where counting them in
 * the query read every undated article of a busy pair (tens of thousands at a million articles).
 */
export async function relatedCoverage(
  article: { id: string; countryPair: [string, string] | null; publishedAt: string | null },
  windowDays = relatedWindowDays(),
): Promise<RelatedCoverage> {
  const pairKey = article.countryPair ? [...article.countryPair].sort().join('-') : null;
  const undatedView: ArticleFilters = { ...EMPTY_FILTERS, pairs: pairKey ? [pairKey] : [], undated: true };
  const empty: RelatedCoverage = { windowDays, groups: [], undated: { total: 0, items: [], view: undatedView }, pairView: null };
  if (!pairKey) return empty;
  const prisma = readDb();
  const dated = article.publishedAt
    ? prisma.$queryRaw<RankedRow[]>`SELECT * FROM (
          SELECT ${COLUMNS}, count(*) OVER (PARTITION BY language) AS in_language,
            row_number() OVER (PARTITION BY language ORDER BY abs(published_at - ${article.publishedAt}::date), published_at, id) AS nearness
          FROM article
          WHERE status = 'published' AND pair_key = ${pairKey} AND id <> ${article.id}
            AND ${DATE_KEY} BETWEEN ${article.publishedAt}::date - ${windowDays}::int AND ${article.publishedAt}::date + ${windowDays}::int
        ) ranked
        WHERE nearness <= ${RELATED_PER_LANGUAGE}`
    : Promise.resolve([]);
  const undated = prisma.$queryRaw<ArticleRow[]>`SELECT ${COLUMNS} FROM article
      WHERE status = 'published' AND pair_key = ${pairKey} AND id <> ${article.id} AND ${DATE_KEY} = '-infinity'::date
      ORDER BY created_at DESC, id DESC LIMIT ${RELATED_PER_LANGUAGE}`;
  // Month 0 holds the articles without a known date; the article itself is among them when undated.
  const undatedCount = prisma.facetCount.findUnique({
    where: { facet_scope_month_value: { facet: 'all', scope: `pair:${pairKey}`, month: 0, value: '' } },
    select: { count: true },
  });
  const [datedRows, undatedRows, undatedOnPair] = await Promise.all([dated, undated, undatedCount]);
  const undatedTotal = Math.max(0, (undatedOnPair?.count ?? 0) - (article.publishedAt ? 0 : 1));
  const window = article.publishedAt
    ? { from: shiftDays(article.publishedAt, -windowDays), to: shiftDays(article.publishedAt, windowDays) }
    : null;
  const groups = groupByLanguage(datedRows).map((group) => ({
    ...group,
    view: { ...EMPTY_FILTERS, pairs: [pairKey], languages: [group.language], ...window },
  }));
  return {
    windowDays,
    groups,
    undated: { total: undatedTotal, items: undatedRows.map(toListItem), view: undatedView },
    pairView: { ...EMPTY_FILTERS, pairs: [pairKey] },
  };
}

/** Largest group first (ties by tag, so the order is stable); inside a group, oldest first. */
function groupByLanguage(rows: readonly RankedRow[]): Omit<RelatedGroup, 'view'>[] {
  const groups = new Map<string, { total: number; items: ArticleListItem[] }>();
  for (const row of rows) {
    const group = groups.get(row.language) ?? { total: Number(row.in_language), items: [] };
    group.items.push(toListItem(row));
    groups.set(row.language, group);
  }
  return [...groups.entries()]
    .map(([language, { total, items }]) => ({
      language,
      total,
      items: items.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => b.total - a.total || a.language.localeCompare(b.language));
}
