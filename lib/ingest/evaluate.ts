/**
 * Scores the ingester against a gold file: what a careful reader writes down for each page
 * (see `../shared/corpus/README.md`). Pure: the caller reads the files and ingests them.
 *
 * Every gold entry contributes one point per field it labels. Optional fields (`source`,
 * `author`, `bodyParagraphCount`) count only where the entry has them, so a gold file written
 * before they existed is scored on what it says.
 */
import type { IngestResult } from './types';

export interface GoldEntry {
  file: string;
  language: string;
  direction: string;
  title: string;
  publishedAt: string | null;
  dateText: string | null;
  calendar: string | null;
  source?: string | null;
  author?: string | null;
  countryPair: [string, string] | null;
  countriesMentioned: string[];
  firstBodyParagraph: string;
  lastBodyParagraph: string;
  bodyParagraphCount?: number;
  boilerplateParagraphs: string[];
  trapDates: string[];
}

export const FIELDS = [
  'title',
  'language',
  'direction',
  'publishedAt',
  'dateText',
  'calendar',
  'source',
  'author',
  'countryPair',
  'countriesMentioned',
  'firstBodyParagraph',
  'lastBodyParagraph',
  'bodyParagraphCount',
  'boilerplate',
  'trapDates',
] as const;

export type Field = (typeof FIELDS)[number];

export interface Miss {
  file: string;
  field: Field;
  got: unknown;
  want: unknown;
}

export interface FieldScore {
  correct: number;
  total: number;
}

export interface Evaluation {
  files: number;
  fields: Record<Field, FieldScore>;
  correct: number;
  total: number;
  misses: Miss[];
}

/** A trap date printed inside `text` as a whole date, not as part of a longer number. */
function containsDate(text: string, trap: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(trap, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? '';
    const after = text[at + trap.length] ?? '';
    if (!/[\p{Nd}/.\-]/u.test(before) && !/[\p{Nd}]|^[/.\-]$/u.test(after)) return true;
    from = at + 1;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the ingester read for one field, and what the gold says, or null when the gold is silent. */
function fieldValues(entry: GoldEntry, result: IngestResult, field: Field): { got: unknown; want: unknown; ok?: boolean } | null {
  const a = result.ok ? result : null;
  const paragraphs = a?.paragraphs ?? [];
  switch (field) {
    case 'title':
    case 'language':
    case 'direction':
    case 'publishedAt':
    case 'dateText':
    case 'calendar':
    case 'countryPair':
    case 'countriesMentioned':
      return { got: a ? a[field] : `refused: ${result.ok ? '' : result.error}`, want: entry[field] };
    case 'source':
    case 'author':
      return field in entry ? { got: a?.[field] ?? null, want: entry[field] ?? null } : null;
    case 'firstBodyParagraph':
      return { got: paragraphs[0] ?? null, want: entry.firstBodyParagraph };
    case 'lastBodyParagraph':
      return { got: paragraphs.at(-1) ?? null, want: entry.lastBodyParagraph };
    case 'bodyParagraphCount':
      return entry.bodyParagraphCount === undefined ? null : { got: paragraphs.length, want: entry.bodyParagraphCount };
    case 'boilerplate': {
      const kept = entry.boilerplateParagraphs.filter((line) => paragraphs.includes(line));
      return { got: kept, want: [], ok: kept.length === 0 };
    }
    case 'trapDates': {
      const taken = entry.trapDates.filter((trap) => a?.dateText != null && containsDate(a.dateText, trap));
      return { got: taken, want: [], ok: taken.length === 0 };
    }
  }
}

export function evaluate(entries: readonly GoldEntry[], results: ReadonlyMap<string, IngestResult>): Evaluation {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<Field, FieldScore>;
  const misses: Miss[] = [];
  for (const entry of entries) {
    const result = results.get(entry.file);
    if (!result) throw new Error(`No result for ${entry.file}.`);
    for (const field of FIELDS) {
      const values = fieldValues(entry, result, field);
      if (!values) continue;
      const score = fields[field];
      score.total++;
      if (values.ok ?? same(values.got, values.want)) score.correct++;
      else misses.push({ file: entry.file, field, got: values.got, want: values.want });
    }
  }
  const correct = FIELDS.reduce((n, f) => n + fields[f].correct, 0);
  const total = FIELDS.reduce((n, f) => n + fields[f].total, 0);
  return { files: entries.length, fields, correct, total, misses };
}

/** Share correct, 1 when nothing was scored. */
export function accuracy(score: FieldScore): number {
  return score.total === 0 ? 1 : score.correct / score.total;
}
