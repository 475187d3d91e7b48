import 'server-only';
import { readDb } from '../db/client';
import type { ArticleFilters } from './filters';
import { isoDate, pairOf } from './rows';
import { whereClause } from './where';

export interface ExportRow {
  id: string;
  title: string;
  language: string;
  publishedAt: string | null;
  dateText: string | null;
  calendar: string | null;
  source: string | null;
  author: string | null;
  countryPair: [string, string] | null;
  countriesMentioned: string[];
  firstParagraph: string;
  createdAt: string;
}

export const EXPORT_LIMIT = 10_000;

/** Every article matching the filters (newest first, at most `limit`), for CSV and feeds. */
export async function exportArticles(filters: ArticleFilters, limit = EXPORT_LIMIT): Promise<ExportRow[]> {
  const rows = await readDb().$queryRaw<
    {
      id: string;
      title: string;
      language: string;
      published_at: Date | null;
      date_text: string | null;
      calendar: string | null;
      source: string | null;
      author: string | null;
      pair_a: string | null;
      pair_b: string | null;
      countries_mentioned: string[];
      first_paragraph: string | null;
      created_at: Date;
    }[]
  >`SELECT id, title, language, published_at, date_text, calendar, source, author, pair_a, pair_b, countries_mentioned,
      paragraphs[1] AS first_paragraph, created_at
    FROM article WHERE ${whereClause(filters)}
    ORDER BY published_at DESC NULLS LAST, created_at DESC, id LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    language: row.language,
    publishedAt: isoDate(row.published_at),
    dateText: row.date_text,
    calendar: row.calendar,
    source: row.source,
    author: row.author,
    countryPair: pairOf(row.pair_a, row.pair_b),
    countriesMentioned: row.countries_mentioned,
    firstParagraph: row.first_paragraph ?? '',
    createdAt: row.created_at.toISOString(),
  }));
}
