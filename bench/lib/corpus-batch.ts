/**
 * A batch of generated articles as two binary COPY streams (copy-binary.ts), one for raw_file
 * and one for the articles, built in a worker thread so that the main thread only hands buffers
 * to PostgreSQL. Search keys and body hashes come from the product's own functions
 * (lib/search/document.ts `searchDocument`, lib/ingest/hash.ts `bodyHash`); the articles travel
 * with their keys, and the writer (corpus-write.ts) has PostgreSQL make the tsvectors from them
 * with to_tsvector, as lib/search/write-keys.ts does for an upload.
 */
import { createHash } from 'node:crypto';
import { bodyHash } from '../../lib/ingest/hash';
import { searchDocument } from '../../lib/search/document';
import { CopyBinaryWriter } from './copy-binary';
import { fileText, generateArticle, type GeneratedArticle } from './corpus';

export const UPLOADED_BY = 'system:corpus-generate';

export const RAW_FILE_COLUMNS = ['id', 'file_name', 'sha256', 'byte_size', 'encoding', 'bytes', 'uploaded_by'] as const;
/** Article columns sent as they are; the writer adds the vectors (from KEY_COLUMNS) and points raw_file_id. */
export const ARTICLE_COLUMNS = [
  'id',
  'title',
  'language',
  'direction',
  'paragraphs',
  'published_at',
  'date_precision',
  'date_year',
  'date_month',
  'date_day',
  'date_text',
  'calendar',
  'source',
  'author',
  'countries_mentioned',
  'pair_a',
  'pair_b',
  'pair_key',
  'body_hash',
  'synthetic',
  'raw_file_id',
] as const;
/** Search keys after the article columns; exact keys are NULL where they equal the folded ones. */
export const KEY_COLUMNS = ['title_folded', 'body_folded', 'title_exact', 'body_exact'] as const;

export interface BatchRequest {
  seed: number;
  start: number;
  count: number;
}

export interface BatchResult {
  start: number;
  count: number;
  /** raw_file rows: RAW_FILE_COLUMNS, binary COPY. */
  rawFiles: Buffer;
  /** article rows: ARTICLE_COLUMNS then KEY_COLUMNS, binary COPY. */
  articles: Buffer;
  /** Bytes of generated file text, for the report. */
  bytes: number;
  rare: Record<string, number>;
  firstId: string;
}

function writeArticle(out: CopyBinaryWriter, a: GeneratedArticle): void {
  const keys = searchDocument(a.title, a.paragraphs);
  // Text without Latin diacritics has the same words both ways: its exact vector is stored as
  // NULL, as lib/search/write-keys.ts stores it.
  const same = keys.titleFolded === keys.titleExact && keys.bodyFolded === keys.bodyExact;
  out
    .row(ARTICLE_COLUMNS.length + KEY_COLUMNS.length)
    .text(a.id)
    .text(a.title)
    .text(a.language)
    .text(a.direction)
    .textArray(a.paragraphs)
    .date(a.publishedAt)
    .text(a.datePrecision)
    .int4(a.dateYear)
    .int4(a.dateMonth)
    .int4(a.dateDay)
    .text(a.dateText)
    .text(a.calendar)
    .text(a.source)
    .text(a.author)
    .textArray(a.countriesMentioned)
    .text(a.pairA)
    .text(a.pairB)
    .text(`${a.pairA}-${a.pairB}`)
    .text(bodyHash(a.paragraphs))
    .bool(true)
    .text(a.rawFileId)
    .text(keys.titleFolded)
    .text(keys.bodyFolded)
    .text(same ? null : keys.titleExact)
    .text(same ? null : keys.bodyExact);
}

/**
 * Rows are written as each article is made, so that nothing of an article outlives it but its
 * bytes: holding a batch's articles until the end made them old enough for the garbage
 * collector's expensive kind.
 */
export function buildBatch({ seed, start, count }: BatchRequest): BatchResult {
  const rare: Record<string, number> = {};
  const rawFiles = new CopyBinaryWriter(count * 6000);
  const articles = new CopyBinaryWriter(count * 12000);
  let bytes = 0;
  let firstId = '';
  for (let k = 0; k < count; k++) {
    const a = generateArticle(seed, start + k);
    if (k === 0) firstId = a.id;
    if (a.rare) rare[a.rare] = (rare[a.rare] ?? 0) + 1;
    const file = Buffer.from(fileText(a), 'utf8');
    bytes += file.byteLength;
    rawFiles
      .row(RAW_FILE_COLUMNS.length)
      .text(a.rawFileId)
      .text(a.fileName)
      .text(createHash('sha256').update(file).digest('hex'))
      .int4(file.byteLength)
      .text('utf-8')
      .bytea(file)
      .text(UPLOADED_BY);
    writeArticle(articles, a);
  }
  return { start, count, rawFiles: rawFiles.finish(), articles: articles.finish(), bytes, rare, firstId };
}
