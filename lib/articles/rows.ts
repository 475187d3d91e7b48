import type { DatePrecision, TextDirection } from '../db/generated/enums';
import type { ArticleListItem } from './types';

/** An `article` row as raw SQL returns it (snake_case columns). */
export interface ArticleRow {
  id: string;
  title: string;
  language: string;
  direction: TextDirection;
  source: string | null;
  published_at: Date | null;
  date_precision: DatePrecision | null;
  date_text: string | null;
  calendar: string | null;
  pair_a: string | null;
  pair_b: string | null;
  synthetic: boolean;
  created_at: Date;
}

export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function pairOf(a: string | null, b: string | null): [string, string] | null {
  return a && b ? [a.trim(), b.trim()] : null;
}

export function toListItem(row: ArticleRow): ArticleListItem {
  return {
    id: row.id,
    title: row.title,
    language: row.language,
    direction: row.direction,
    source: row.source,
    publishedAt: isoDate(row.published_at),
    datePrecision: row.date_precision,
    dateText: row.date_text,
    calendar: row.calendar,
    countryPair: pairOf(row.pair_a, row.pair_b),
    synthetic: row.synthetic,
  };
}
