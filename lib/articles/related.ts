import { readDb } from '../db/client';
import { Prisma } from '../db/generated/client';
import { toListItem, type ArticleRow } from './rows';
import type { ArticleListItem } from './types';
import { DATE_KEY } from './where';

export const DEFAULT_RELATED_WINDOW_DAYS = 14;

/** At most this many dated neighbours are shown, the closest in date first chosen. */
export const RELATED_LIMIT = 60;
/** At most this many undated articles on the same pair. */
export const RELATED_UNDATED_LIMIT = 20;

/** `RELATED_WINDOW_DAYS` from the environment: whole days, 0–3650; anything else means the default. */
export function relatedWindowDays(value = process.env.RELATED_WINDOW_DAYS): number {
  if (value === undefined || !/^\d{1,4}$/.test(value.trim())) return DEFAULT_RELATED_WINDOW_DAYS;
  const days = Number(value);
  return days <= 3650 ? days : DEFAULT_RELATED_WINDOW_DAYS;
}

export interface RelatedGroup {
  language: string;
  items: ArticleListItem[];
}

export interface RelatedCoverage {
  windowDays: number;
  /** Dated articles within the window, by language; each group in date order. */
  groups: RelatedGroup[];
  /** Whether more than RELATED_LIMIT dated articles fell in the window. */
  truncated: boolean;
  /** Articles on the same pair with no known date: they may or may not be related, so apart. */
  undated: ArticleListItem[];
}

const COLUMNS = Prisma.sql`id, title, language, direction, source, published_at, date_precision,
  date_text, calendar, pair_a, pair_b, synthetic, created_at`;

/**
 * Other published articles on the same country pair within ±windowDays of the article's date.
 * Both queries are served by the pair's date-ordered index (article_pair_date_idx): the dated one
 * as a range of its date key, the undated one as the key's '-infinity' end.
 */
export async function relatedCoverage(
  article: { id: string; countryPair: [string, string] | null; publishedAt: string | null },
  windowDays = relatedWindowDays(),
): Promise<RelatedCoverage> {
  const empty: RelatedCoverage = { windowDays, groups: [], truncated: false, undated: [] };
  if (!article.countryPair) return empty;
  const pairKey = [...article.countryPair].sort().join('-');
  const prisma = readDb();
  const dated = article.publishedAt
    ? prisma.$queryRaw<ArticleRow[]>`SELECT ${COLUMNS} FROM article
        WHERE status = 'published' AND pair_key = ${pairKey} AND id <> ${article.id}
          AND ${DATE_KEY} BETWEEN ${article.publishedAt}::date - ${windowDays}::int AND ${article.publishedAt}::date + ${windowDays}::int
        ORDER BY abs(published_at - ${article.publishedAt}::date), published_at, id
        LIMIT ${RELATED_LIMIT + 1}`
    : Promise.resolve([]);
  const undated = prisma.$queryRaw<ArticleRow[]>`SELECT ${COLUMNS} FROM article
      WHERE status = 'published' AND pair_key = ${pairKey} AND id <> ${article.id} AND ${DATE_KEY} = '-infinity'::date
      ORDER BY created_at DESC, id DESC
      LIMIT ${RELATED_UNDATED_LIMIT}`;
  const [datedRows, undatedRows] = await Promise.all([dated, undated]);
  const kept = datedRows.slice(0, RELATED_LIMIT).map(toListItem);
  return { windowDays, groups: groupByLanguage(kept), truncated: datedRows.length > RELATED_LIMIT, undated: undatedRows.map(toListItem) };
}

/** Largest group first (ties by tag, so the order is stable); inside a group, oldest first. */
export function groupByLanguage(items: readonly ArticleListItem[]): RelatedGroup[] {
  const groups = new Map<string, ArticleListItem[]>();
  for (const item of items) groups.set(item.language, [...(groups.get(item.language) ?? []), item]);
  return [...groups.entries()]
    .map(([language, list]) => ({ language, items: list.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id)) }))
    .sort((a, b) => b.items.length - a.items.length || a.language.localeCompare(b.language));
}
