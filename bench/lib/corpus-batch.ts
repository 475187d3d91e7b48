/**
 * A batch of generated articles as two binary COPY streams (bench/lib/copy-binary.ts), one for
 * raw_file and one for article, built here in a worker thread so that the main thread only hands
 * buffers to PostgreSQL, and PostgreSQL parses nothing: no array literals, no tsvector text.
 * Search keys come from the project's normaliser (searchDocument, memoised per token in
 * memo-keys.ts and checked against it on a sample); the tsvectors are built from them
 * (word-vector.ts, by the rules of bench/lib/tsvector-entries.ts), and the writer
 * (corpus-write.ts) compares a sample of every stored batch with to_tsvector on the server before
 * it commits. Articles whose vectors are not written here (see `vectorOf`) go in a third stream
 * with their keys, and the database makes their vectors.
 */
import { createHash } from 'node:crypto';
import { CopyBinaryWriter } from './copy-binary';
import { fileText, generateArticle, type GeneratedArticle } from './corpus';
import { articleKeys, keyTexts, vectorParts, verify, type ArticleKeys } from './memo-keys';
import { WordVector } from './word-vector';

/** One article in this many is checked against the unmemoised normaliser, and its stored vectors against to_tsvector. */
const VERIFY_EVERY = 200;

export const UPLOADED_BY = 'system:corpus-generate';

export const RAW_FILE_COLUMNS = ['id', 'file_name', 'sha256', 'byte_size', 'encoding', 'bytes', 'uploaded_by'] as const;
export const ARTICLE_COLUMNS = [
  'id', 'title', 'language', 'direction', 'paragraphs', 'published_at', 'date_precision', 'date_year', 'date_month',
  'date_day', 'date_text', 'calendar', 'source', 'author', 'countries_mentioned', 'pair_a', 'pair_b', 'pair_key',
  'body_hash', 'synthetic', 'raw_file_id', 'search_folded', 'search_exact',
] as const;
/** Search keys, sent only with a batch that leaves some vectors to the database. */
export const KEY_COLUMNS = ['title_folded', 'body_folded', 'title_exact', 'body_exact'] as const;

export interface BatchRequest {
  seed: number;
  start: number;
  count: number;
  /** Leave every tsvector to to_tsvector in the database (--tsvector-in-database). */
  keysOnly: boolean;
}

/** Sampled articles and their search keys, to compare what was stored with to_tsvector. */
export interface BatchCheck {
  ids: string[];
  titlesFolded: string[];
  bodiesFolded: string[];
  titlesExact: string[];
  bodiesExact: string[];
}

export interface BatchResult {
  start: number;
  count: number;
  /** raw_file rows: RAW_FILE_COLUMNS, binary COPY. */
  rawFiles: Buffer;
  /** article rows with their vectors: ARTICLE_COLUMNS, binary COPY. */
  articles: Buffer;
  /**
   * Article rows whose vectors are left to the database (--tsvector-in-database, or text the
   * binary form cannot carry): ARTICLE_COLUMNS then KEY_COLUMNS, binary COPY. Null when none.
   */
  declined: Buffer | null;
  /** Bytes of generated file text, for the report. */
  bytes: number;
  rare: Record<string, number>;
  firstId: string;
  check: BatchCheck;
}

/** Made in this worker, one vector at a time: folded and exact each have their own. */
const foldedVector = new WordVector();
const exactVector = new WordVector();

/** Builds the vector; false where it is left to to_tsvector: asked to, or text the binary form cannot carry. */
function vectorOf(vector: WordVector, keys: ArticleKeys, kind: 'folded' | 'exact', keysOnly: boolean): boolean {
  return !keysOnly && vector.build(vectorParts(keys, kind));
}

const writeVector = (out: CopyBinaryWriter, v: WordVector) => out.tsvectorLexemes(v.words.length, v.lexeme, v.positionsAt);

/** The article columns before the vectors, the same in both streams. */
function writeArticle(out: CopyBinaryWriter, fields: number, a: GeneratedArticle, bodyHash: string): CopyBinaryWriter {
  return out
    .row(fields)
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
    .text(bodyHash)
    .bool(true)
    .text(a.rawFileId);
}

/**
 * Rows are written as each article is made, so that nothing of an article outlives it but its
 * bytes: holding a batch's articles until the end made them old enough for the garbage
 * collector's expensive kind.
 */
export function buildBatch({ seed, start, count, keysOnly }: BatchRequest): BatchResult {
  const check: BatchCheck = { ids: [], titlesFolded: [], bodiesFolded: [], titlesExact: [], bodiesExact: [] };
  const rare: Record<string, number> = {};
  const rawFiles = new CopyBinaryWriter(count * 6000);
  const articles = new CopyBinaryWriter(count * 20000);
  let declined: CopyBinaryWriter | null = null;
  let bytes = 0;
  let firstId = '';
  for (let k = 0; k < count; k++) {
    const a = generateArticle(seed, start + k);
    if (k === 0) firstId = a.id;
    if (a.rare) rare[a.rare] = (rare[a.rare] ?? 0) + 1;
    const file = Buffer.from(fileText(a), 'utf8');
    bytes += file.byteLength;
    const keys = articleKeys(a.titleTokens, a.paragraphTokens);
    if ((start + k) % VERIFY_EVERY === 0) {
      verify(a);
      const texts = keyTexts(keys);
      check.ids.push(a.id);
      check.titlesFolded.push(texts.titleFolded);
      check.bodiesFolded.push(texts.bodyFolded);
      check.titlesExact.push(texts.titleExact);
      check.bodiesExact.push(texts.bodyExact);
    }
    rawFiles
      .row(RAW_FILE_COLUMNS.length)
      .text(a.rawFileId)
      .text(a.fileName)
      .text(createHash('sha256').update(file).digest('hex'))
      .int4(file.byteLength)
      .text('utf-8')
      .bytea(file)
      .text(UPLOADED_BY);
    const folded = vectorOf(foldedVector, keys, 'folded', keysOnly);
    // Text without Latin diacritics has the same words both ways: its exact vector
    // is stored as NULL, as lib/search/write-keys.ts stores it.
    const exact = !keys.same && vectorOf(exactVector, keys, 'exact', keysOnly);
    if (folded && (exact || keys.same)) {
      writeArticle(articles, ARTICLE_COLUMNS.length, a, keys.bodyHash);
      writeVector(articles, foldedVector);
      if (exact) writeVector(articles, exactVector);
      else articles.tsvector(null);
    } else {
      declined ??= new CopyBinaryWriter();
      const texts = keyTexts(keys);
      // Null exact keys make a null exact vector (see INSERT_STAGED_ARTICLES_SQL).
      writeArticle(declined, ARTICLE_COLUMNS.length + KEY_COLUMNS.length, a, keys.bodyHash)
        .tsvector(null)
        .tsvector(null)
        .text(texts.titleFolded)
        .text(texts.bodyFolded)
        .text(keys.same ? null : texts.titleExact)
        .text(keys.same ? null : texts.bodyExact);
    }
  }
  return { start, count, rawFiles: rawFiles.finish(), articles: articles.finish(), declined: declined?.finish() ?? null, bytes, rare, firstId, check };
}
