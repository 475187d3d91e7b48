/**
 * Writes a built batch (corpus-batch.ts) in one transaction: all of it or none of it.
 *
 * The usual way is binary COPY straight into raw_file and article. Articles whose vectors are left
 * to the database (--tsvector-in-database, or text the binary form cannot carry) go through a
 * temporary table, their vectors made by to_tsvector from their keys as lib/search/write-keys.ts
 * makes them. A batch whose articles or raw files partly exist already goes all through temporary
 * tables and is inserted with ON CONFLICT DO NOTHING: a crash can leave a later batch stored and an
 * earlier one not (the next run starts at the first missing article), and another seed can have
 * made the same text (see insertStagedArticles). Either way, before committing, the sampled articles' stored vectors are compared
 * with to_tsvector of their keys on this server: a server whose parser splits words differently
 * is caught there and nothing of the batch is kept.
 */
import type pg from 'pg';
import { quoteIdent } from '../../lib/ops/backup-format';
import { copyRows } from './copy-binary';
import { ARTICLE_COLUMNS, KEY_COLUMNS, RAW_FILE_COLUMNS, type BatchResult } from './corpus-batch';

const STAGED_RAW_FILE = 'corpus_raw_file_in';
const STAGED_ARTICLE = 'corpus_article_in';

/** Sampled articles whose stored vectors differ from to_tsvector, or whose exact vector is NULL when it should not be, or the reverse. */
const differingSample = (client: pg.Client, { check }: BatchResult) =>
  client.query<{ id: string }>(
    `SELECT a.id FROM article a
      JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(id, tf, bf, te, be) ON k.id = a.id
      WHERE a.search_folded IS DISTINCT FROM setweight(to_tsvector('simple', k.tf), 'A') || setweight(to_tsvector('simple', k.bf), 'D')
         OR coalesce(a.search_exact, a.search_folded) IS DISTINCT FROM setweight(to_tsvector('simple', k.te), 'A') || setweight(to_tsvector('simple', k.be), 'D')
         OR (a.search_exact IS NULL) <> (k.tf = k.te AND k.bf = k.be)`,
    [check.ids, check.titlesFolded, check.bodiesFolded, check.titlesExact, check.bodiesExact],
  );

/** Emptied at every commit; made once per connection. The key columns are KEY_COLUMNS. */
const createStaging = (client: pg.Client) =>
  client.query(`CREATE TEMP TABLE IF NOT EXISTS ${quoteIdent(STAGED_RAW_FILE)} ON COMMIT DELETE ROWS AS
      SELECT ${RAW_FILE_COLUMNS.map(quoteIdent).join(', ')} FROM raw_file WITH NO DATA;
    CREATE TEMP TABLE IF NOT EXISTS ${quoteIdent(STAGED_ARTICLE)} ON COMMIT DELETE ROWS AS
      SELECT ${ARTICLE_COLUMNS.map(quoteIdent).join(', ')},
        NULL::text AS title_folded, NULL::text AS body_folded, NULL::text AS title_exact, NULL::text AS body_exact
      FROM article WITH NO DATA`);

const insertStagedRawFiles = (client: pg.Client) =>
  client.query(`INSERT INTO raw_file (${RAW_FILE_COLUMNS.map(quoteIdent).join(', ')})
    SELECT ${RAW_FILE_COLUMNS.map(quoteIdent).join(', ')} FROM ${quoteIdent(STAGED_RAW_FILE)} ON CONFLICT DO NOTHING`);

/** The article columns insertStagedArticles computes; the others are copied as staged. */
const COMPUTED = new Set(['search_folded', 'search_exact', 'raw_file_id']);
const COPIED_ARTICLE_COLUMNS = ARTICLE_COLUMNS.filter((column) => !COMPUTED.has(column));

/**
 * Staged articles, the vectors that were not sent made from the keys (null exact keys, sent where
 * they equal the folded ones, leave the exact vector NULL); any already stored are left
 * as they are. An article points at the raw file that holds its bytes: its own, or one stored
 * before with the same bytes (two seeds can make the same article, and raw files are unique by
 * SHA-256).
 */
const insertStagedArticles = (client: pg.Client) =>
  client.query(`INSERT INTO article (${COPIED_ARTICLE_COLUMNS.map(quoteIdent).join(', ')}, search_folded, search_exact, raw_file_id)
    SELECT ${COPIED_ARTICLE_COLUMNS.map(quoteIdent).join(', ')},
      coalesce(search_folded, setweight(to_tsvector('simple', title_folded), 'A') || setweight(to_tsvector('simple', body_folded), 'D')),
      coalesce(search_exact, setweight(to_tsvector('simple', title_exact), 'A') || setweight(to_tsvector('simple', body_exact), 'D')),
      coalesce((SELECT r.id FROM ${quoteIdent(STAGED_RAW_FILE)} s JOIN raw_file r ON r.sha256 = s.sha256 WHERE s.id = a.raw_file_id), a.raw_file_id)
    FROM ${quoteIdent(STAGED_ARTICLE)} a ON CONFLICT (id) DO NOTHING`);

/** The stored vectors of a sampled article differ from what this server's to_tsvector makes. */
export class VectorMismatchError extends Error {
  constructor(readonly articleId: string) {
    super(
      `this PostgreSQL splits words differently from the tsvectors written here (article ${articleId}); ` +
        'nothing of this batch was stored. Run again with --tsvector-in-database.',
    );
  }
}

async function checkSample(client: pg.Client, batch: BatchResult): Promise<void> {
  const differing = await differingSample(client, batch);
  if (differing.rowCount) throw new VectorMismatchError(differing.rows[0]!.id);
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** How a batch was written: straight in, or through the temporary tables. */
export type WriteWay = 'copy' | 'staged';

/** Articles whose vectors the database makes, from their keys, through the temporary table. */
async function insertDeclined(client: pg.Client, declined: Buffer): Promise<void> {
  await createStaging(client);
  await copyRows(client, STAGED_ARTICLE, [...ARTICLE_COLUMNS, ...KEY_COLUMNS], declined);
  await insertStagedArticles(client);
}

export async function writeBatch(client: pg.Client, batch: BatchResult): Promise<WriteWay> {
  try {
    await inTransaction(client, async () => {
      await copyRows(client, 'raw_file', RAW_FILE_COLUMNS, batch.rawFiles);
      await copyRows(client, 'article', ARTICLE_COLUMNS, batch.articles);
      if (batch.declined) await insertDeclined(client, batch.declined);
      await checkSample(client, batch);
    });
    return 'copy';
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  await inTransaction(client, async () => {
    await createStaging(client);
    await copyRows(client, STAGED_RAW_FILE, RAW_FILE_COLUMNS, batch.rawFiles);
    await copyRows(client, STAGED_ARTICLE, ARTICLE_COLUMNS, batch.articles);
    if (batch.declined) await copyRows(client, STAGED_ARTICLE, [...ARTICLE_COLUMNS, ...KEY_COLUMNS], batch.declined);
    await insertStagedRawFiles(client);
    await insertStagedArticles(client);
    await checkSample(client, batch);
  });
  return 'staged';
}
