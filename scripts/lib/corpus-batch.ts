/**
 * A batch of generated articles as the parameters of one INSERT ... SELECT FROM unnest(...):
 * every column is one PostgreSQL array literal, built here (in a worker thread) so the main
 * thread only ships strings. Search keys come from the project's normaliser (searchDocument, memoised
 * per token in memo-keys.ts and checked against it on a sample);
 * the tsvectors are written as literals (lib/search/tsvector-literal.ts), which PostgreSQL reads
 * five times faster than it parses text; the writer compares a sample of every batch with
 * to_tsvector on the server first (CHECK_SQL). Texts the literal declines go as keys, turned into
 * tsvectors by the SQL below exactly as lib/search/write-keys.ts does.
 */
import { createHash } from 'node:crypto';
import { tsvectorLiteral } from '../../lib/search/tsvector-literal';
import { fileText, generateArticle } from './corpus';
import { articleKeys, verify } from './memo-keys';

/** One article in this many is checked against the unmemoised normaliser. */
const VERIFY_EVERY = 200;

export interface BatchRequest {
  seed: number;
  start: number;
  count: number;
  /** Leave every tsvector to to_tsvector in the database (--tsvector-in-database). */
  keysOnly: boolean;
}

/** A sample of the batch's literals and the keys they were made from, for CHECK_SQL. */
export interface BatchCheck {
  ids: string[];
  titles: string[];
  bodies: string[];
  literals: string[];
}

export interface BatchResult {
  start: number;
  count: number;
  params: string[];
  /** Bytes of generated file text, for the report. */
  bytes: number;
  rare: Record<string, number>;
  firstId: string;
  check: BatchCheck;
}

function literal(values: readonly (string | number | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'number') parts[i] = String(v);
    else parts[i] = v.includes('"') || v.includes('\\') ? `"${v.replace(/[\\"]/g, '\\$&')}"` : `"${v}"`;
  }
  return `{${parts.join(',')}}`;
}

const PARAGRAPH_SEPARATOR = '\u001f';

const COLUMNS = [
  ['id', 'text'], ['raw_file_id', 'text'], ['file_name', 'text'], ['sha256', 'text'], ['byte_size', 'int'], ['file_text', 'text'],
  ['title', 'text'], ['language', 'text'], ['direction', 'text'], ['paragraphs', 'text'], ['published_at', 'date'],
  ['date_precision', 'text'], ['date_year', 'int'], ['date_month', 'int'], ['date_day', 'int'], ['date_text', 'text'],
  ['calendar', 'text'], ['source', 'text'], ['author', 'text'], ['countries', 'text'], ['pair_a', 'text'], ['pair_b', 'text'],
  ['body_hash', 'text'], ['folded_literal', 'text'], ['exact_literal', 'text'],
  ['title_folded', 'text'], ['title_exact', 'text'], ['body_folded', 'text'], ['body_exact', 'text'],
] as const;

const keysToTsvector = (title: string, body: string) => `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'D')`;

export const UPLOADED_BY = 'system:corpus-generate';

/**
 * One statement: raw files and articles, with the search keys, all or nothing. Batches are written
 * over several connections, so a crash can leave a later batch stored and an earlier one not; the
 * next run starts at the first missing article and skips the ones that exist.
 */
export const INSERT_SQL = `WITH input AS (
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
    AS t(${COLUMNS.map(([name]) => name).join(', ')})
), raw AS (
  INSERT INTO raw_file (id, file_name, sha256, byte_size, encoding, bytes, uploaded_by)
  SELECT raw_file_id, file_name, sha256, byte_size, 'utf-8', convert_to(file_text, 'UTF8'), '${UPLOADED_BY}' FROM input
  ON CONFLICT DO NOTHING
)
INSERT INTO article (id, title, language, direction, paragraphs, published_at, date_precision, date_year, date_month,
  date_day, date_text, calendar, source, author, countries_mentioned, pair_a, pair_b, pair_key, body_hash, synthetic,
  raw_file_id, search_folded, search_exact)
SELECT id, title, language, direction, string_to_array(paragraphs, E'\\x1f'), published_at, date_precision, date_year,
  date_month, date_day, date_text, calendar, source, author, string_to_array(countries, ','), pair_a, pair_b,
  pair_a || '-' || pair_b, body_hash, true, raw_file_id,
  coalesce(folded_literal::tsvector, ${keysToTsvector('title_folded', 'body_folded')}),
  coalesce(exact_literal::tsvector, ${keysToTsvector('title_exact', 'body_exact')})
FROM input
ON CONFLICT (id) DO NOTHING`;

/** The ids of sampled articles whose literal is not what to_tsvector makes of their keys on this server. */
export const CHECK_SQL = `SELECT id FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, title, body, literal)
  WHERE ${keysToTsvector('title', 'body')} IS DISTINCT FROM literal::tsvector`;

/** A tsvector literal for the keys, or the keys themselves where the literal declines them. */
function vectorOrKeys(title: string, body: string, keysOnly: boolean): { literal: string | null; title: string | null; body: string | null } {
  const literal = keysOnly ? null : tsvectorLiteral([{ text: title, weight: 'A' }, { text: body, weight: 'D' }]);
  return literal === null ? { literal, title, body } : { literal, title: null, body: null };
}

export function buildBatch({ seed, start, count, keysOnly }: BatchRequest): BatchResult {
  const cols: (string | number | null)[][] = COLUMNS.map(() => new Array(count));
  const check: BatchCheck = { ids: [], titles: [], bodies: [], literals: [] };
  const rare: Record<string, number> = {};
  let bytes = 0;
  let firstId = '';
  for (let k = 0; k < count; k++) {
    const a = generateArticle(seed, start + k);
    if (k === 0) firstId = a.id;
    if (a.rare) rare[a.rare] = (rare[a.rare] ?? 0) + 1;
    const text = fileText(a);
    const buffer = Buffer.from(text, 'utf8');
    bytes += buffer.byteLength;
    const sampled = (start + k) % VERIFY_EVERY === 0;
    if (sampled) verify(a.title, a.paragraphs);
    const { doc, bodyHash } = articleKeys(a.title, a.paragraphs);
    const folded = vectorOrKeys(doc.titleFolded, doc.bodyFolded, keysOnly);
    const exact = vectorOrKeys(doc.titleExact, doc.bodyExact, keysOnly);
    if (sampled) {
      for (const [vector, title, body] of [[folded, doc.titleFolded, doc.bodyFolded], [exact, doc.titleExact, doc.bodyExact]] as const) {
        if (vector.literal === null) continue;
        check.ids.push(a.id);
        check.titles.push(title);
        check.bodies.push(body);
        check.literals.push(vector.literal);
      }
    }
    const row: (string | number | null)[] = [
      a.id, a.rawFileId, a.fileName, createHash('sha256').update(buffer).digest('hex'), buffer.byteLength, text,
      a.title, a.language, a.direction, a.paragraphs.join(PARAGRAPH_SEPARATOR), a.publishedAt,
      a.datePrecision, a.dateYear, a.dateMonth, a.dateDay, a.dateText,
      a.calendar, a.source, a.author, a.countriesMentioned.join(','), a.pairA, a.pairB,
      bodyHash, folded.literal, exact.literal, folded.title, exact.title, folded.body, exact.body,
    ];
    for (let c = 0; c < row.length; c++) cols[c]![k] = row[c]!;
  }
  return { start, count, params: cols.map(literal), bytes, rare, firstId, check };
}
