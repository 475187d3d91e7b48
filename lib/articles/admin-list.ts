import 'server-only';
import * as z from 'zod';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { ArticleStatus, type DatePrecision, type TextDirection } from '../db/generated/enums';
import { foldedKey } from '../search/normalise';
import type { AdminListItem } from './edit';

export const ADMIN_LIST_PAGE_SIZE = 50;
/** Counting stops here: past it the page says "more than", and no count reads the whole table. */
export const ADMIN_COUNT_CAP = 10_000;
const MAX_WORDS = 8;
const MAX_QUERY = 200;

export interface AdminListFilters {
  q: string;
  status: ArticleStatus | null;
  language: string | null;
  pair: string | null;
  page: number;
}

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Each value that makes no sense is dropped (the list shows everything for it), never an error page.
const paramsSchema = z.object({
  q: z.string().trim().max(MAX_QUERY).catch(''),
  status: z.enum(ArticleStatus).nullable().catch(null),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .nullable()
    .catch(null),
  pair: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z]{2}$/)
    .nullable()
    .catch(null),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The list's filters as the URL gives them. */
export function parseAdminListParams(params: Record<string, string | string[] | undefined>): AdminListFilters {
  return paramsSchema.parse({
    q: one(params.q) ?? '',
    status: one(params.status) ?? null,
    language: one(params.language) || null,
    pair: one(params.pair) || null,
    page: one(params.page) ?? 1,
  });
}

/** The filters as URL parameters, without the empty ones (for links that keep them). */
export function adminListQuery(filters: AdminListFilters, page = filters.page): Record<string, string> {
  return {
    ...(filters.q && { q: filters.q }),
    ...(filters.status && { status: filters.status }),
    ...(filters.language && { language: filters.language }),
    ...(filters.pair && { pair: filters.pair }),
    ...(page > 1 && { page: String(page) }),
  };
}

/** The words searched for, folded as the search index folds them (lib/search/normalise.ts). */
export function searchWords(q: string): string[] {
  return [...new Set(foldedKey(q).split(' ').filter(Boolean))].slice(0, MAX_WORDS).map((word) => word.slice(0, 64));
}

/**
 * A title match through the search index: every word as the start of a title word (weight A).
 * Folded keys hold only letters and digits, so the quoting cannot be broken out of.
 */
export function titleTsQuery(words: readonly string[]): string {
  return words.map((word) => `'${word}':*A`).join(' & ');
}

// Source and author, folded in SQL as foldedKey folds in JavaScript for the cases that occur in
// names: compatibility forms, Arabic marks and letter variants, Latin diacritics (Vietnamese tones),
// đ, invisibles, case. Both sides are folded the same way, so "tuoi tre" finds "Tuổi Trẻ".
const MARKS = '[\u0300-\u036f\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u00ad\ufeff\u2060]';
const FROM = 'كيىٱةۀەđĐ';
const TO = 'کییاههەdd';
const foldedNames = Prisma.sql`translate(regexp_replace(normalize(lower(coalesce(source, '') || ' ' || coalesce(author, '')), NFKD), ${MARKS}, '', 'g'), ${FROM}, ${TO})`;

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereOf(filters: AdminListFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.status) parts.push(Prisma.sql`status = ${filters.status}`);
  if (filters.language) parts.push(Prisma.sql`language = ${filters.language}`);
  if (filters.pair) parts.push(Prisma.sql`pair_key = ${filters.pair}`);
  const words = searchWords(filters.q);
  if (words.length > 0) {
    // Two legs joined by UNION: the title leg reads the search index; an OR in one WHERE would make
    // the planner decompress every row's search keys.
    const names = Prisma.join(
      words.map((word) => Prisma.sql`${foldedNames} LIKE ${likePattern(word)}`),
      ' AND ',
    );
    parts.push(Prisma.sql`id IN (SELECT id FROM article WHERE search_folded @@ to_tsquery('simple', ${titleTsQuery(words)})
      UNION SELECT id FROM article WHERE ${names})`);
  }
  return parts.length > 0 ? Prisma.sql`WHERE ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

type Row = {
  id: string;
  title: string;
  language: string;
  direction: TextDirection;
  status: ArticleStatus;
  published_at: Date | null;
  date_precision: DatePrecision | null;
  source: string | null;
  author: string | null;
  pair_a: string | null;
  pair_b: string | null;
  created_at: Date;
};

export interface AdminListRow extends AdminListItem {
  source: string | null;
  author: string | null;
}

export interface AdminListing {
  items: AdminListRow[];
  /** Matching articles, counted up to ADMIN_COUNT_CAP. */
  total: number;
  /** More match than were counted. */
  more: boolean;
  pageCount: number;
}

/** One page of every article, published or not, newest upload first, narrowed by the filters. */
export async function listAdminPage(filters: AdminListFilters): Promise<AdminListing> {
  const where = whereOf(filters);
  const offset = (filters.page - 1) * ADMIN_LIST_PAGE_SIZE;
  const [rows, counted] = await Promise.all([
    db().$queryRaw<
      Row[]
    >`SELECT id, title, language, direction, status, published_at, date_precision, source, author, pair_a, pair_b, created_at
      FROM article ${where} ORDER BY created_at DESC, id ASC LIMIT ${ADMIN_LIST_PAGE_SIZE} OFFSET ${offset}`,
    db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM article ${where} LIMIT ${ADMIN_COUNT_CAP + 1}) AS capped`,
  ]);
  const n = counted[0]?.n ?? 0;
  const total = Math.min(n, ADMIN_COUNT_CAP);
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      language: row.language,
      direction: row.direction,
      status: row.status,
      publishedAt: row.published_at ? row.published_at.toISOString().slice(0, 10) : null,
      datePrecision: row.date_precision,
      countryPair: row.pair_a && row.pair_b ? [row.pair_a, row.pair_b] : null,
      source: row.source,
      author: row.author,
      createdAt: row.created_at.toISOString(),
    })),
    total,
    more: n > ADMIN_COUNT_CAP,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_LIST_PAGE_SIZE)),
  };
}

/**
 * The languages and country pairs stored, for the filters: each read by skipping through its
 * index from one value to the next, so the work grows with the number of values, not of articles.
 */
export async function adminListChoices(): Promise<{ languages: string[]; pairs: string[] }> {
  const [languages, pairs] = await Promise.all([
    db().$queryRaw<{ v: string }[]>`WITH RECURSIVE l AS (
        SELECT min(language) AS v FROM article
        UNION ALL SELECT (SELECT min(language) FROM article WHERE language > l.v) FROM l WHERE l.v IS NOT NULL)
      SELECT v FROM l WHERE v IS NOT NULL LIMIT 500`,
    db().$queryRaw<{ v: string }[]>`WITH RECURSIVE p AS (
        SELECT min(pair_key) AS v FROM article
        UNION ALL SELECT (SELECT min(pair_key) FROM article WHERE pair_key > p.v) FROM p WHERE p.v IS NOT NULL)
      SELECT v FROM p WHERE v IS NOT NULL LIMIT 500`,
  ]);
  return { languages: languages.map((row) => row.v), pairs: pairs.map((row) => row.v) };
}
