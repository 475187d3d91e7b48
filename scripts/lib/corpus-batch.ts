/**
 * A batch of generated articles as the parameters of one INSERT ... SELECT FROM unnest(...):
 * every column is one PostgreSQL array literal, built here (in a worker thread) so the main
 * thread only ships strings. Search keys come from the project's normaliser (searchDocument, memoised
 * per token in memo-keys.ts and checked against it on a sample);
 * the SQL below turns them into tsvectors exactly as lib/search/write-keys.ts does.
 */
import { createHash } from 'node:crypto';
import { fileText, generateArticle } from './corpus';
import { articleKeys, verify } from './memo-keys';

/** One article in this many is checked against the unmemoised normaliser. */
const VERIFY_EVERY = 200;

export interface BatchRequest {
  seed: number;
  start: number;
  count: number;
}

export interface BatchResult {
  start: number;
  count: number;
  params: string[];
  /** Bytes of generated file text, for the report. */
  bytes: number;
  rare: Record<string, number>;
  firstId: string;
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
  ['body_hash', 'text'], ['title_folded', 'text'], ['title_exact', 'text'], ['body_folded', 'text'], ['body_exact', 'text'],
] as const;

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
  setweight(to_tsvector('simple', title_folded), 'A') || setweight(to_tsvector('simple', body_folded), 'D'),
  setweight(to_tsvector('simple', title_exact), 'A') || setweight(to_tsvector('simple', body_exact), 'D')
FROM input
ON CONFLICT (id) DO NOTHING`;

export function buildBatch({ seed, start, count }: BatchRequest): BatchResult {
  const cols: (string | number | null)[][] = COLUMNS.map(() => new Array(count));
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
    if ((start + k) % VERIFY_EVERY === 0) verify(a.title, a.paragraphs);
    const { doc, bodyHash } = articleKeys(a.title, a.paragraphs);
    const row: (string | number | null)[] = [
      a.id, a.rawFileId, a.fileName, createHash('sha256').update(buffer).digest('hex'), buffer.byteLength, text,
      a.title, a.language, a.direction, a.paragraphs.join(PARAGRAPH_SEPARATOR), a.publishedAt,
      a.datePrecision, a.dateYear, a.dateMonth, a.dateDay, a.dateText,
      a.calendar, a.source, a.author, a.countriesMentioned.join(','), a.pairA, a.pairB,
      bodyHash, doc.titleFolded, doc.titleExact, doc.bodyFolded, doc.bodyExact,
    ];
    for (let c = 0; c < row.length; c++) cols[c]![k] = row[c]!;
  }
  return { start, count, params: cols.map(literal), bytes, rare, firstId };
}
