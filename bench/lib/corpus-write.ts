/**
 * Writes a built batch (corpus-batch.ts) in one transaction: all of it or none of it.
 *
 * Raw files go by binary COPY straight into raw_file; articles go by binary COPY into a temporary
 * table with their search keys, and from there into article with their tsvectors made by
 * to_tsvector, by the same expression as lib/search/write-keys.ts (the 'simple' configuration,
 * title weighted A, body D; bench/tests/corpus-batch.test.ts holds the two equal). A batch whose
 * articles or raw files partly exist already goes all through temporary tables and is inserted
 * with ON CONFLICT DO NOTHING: a crash can leave a later batch stored and an earlier one not (the
 * next run starts at the first missing article), and another seed can have made the same text
 * (see insertStagedArticles).
 */
import type pg from 'pg';
import { quoteIdent } from '../../lib/ops/backup-format';
import { copyRows } from './copy-binary';
import { ARTICLE_COLUMNS, KEY_COLUMNS, RAW_FILE_COLUMNS, type BatchResult } from './corpus-batch';

const STAGED_RAW_FILE = 'corpus_raw_file_in';
const STAGED_ARTICLE = 'corpus_article_in';

/** Emptied at every commit; made once per connection. */
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

/**
 * Staged articles with their vectors made from their keys (NULL exact keys, sent where they equal
 * the folded ones, leave the exact vector NULL).
 */
const insertStagedArticles = (client: pg.Client) =>
  client.query(`INSERT INTO article (${ARTICLE_COLUMNS.map(quoteIdent).join(', ')}, search_folded, search_exact)
    SELECT ${ARTICLE_COLUMNS.map(quoteIdent).join(', ')},
      setweight(to_tsvector('simple', title_folded), 'A') || setweight(to_tsvector('simple', body_folded), 'D'),
      setweight(to_tsvector('simple', title_exact), 'A') || setweight(to_tsvector('simple', body_exact), 'D')
    FROM ${quoteIdent(STAGED_ARTICLE)}`);

/** The article columns copied as staged after a conflict; raw_file_id is chosen there. */
const COPIED_ARTICLE_COLUMNS = ARTICLE_COLUMNS.filter((column) => column !== 'raw_file_id');

/**
 * The same after a conflict: an article already stored is left as it is, and an article points at
 * the raw file that holds its bytes: its own, or one stored before with the same bytes (two seeds
 * can make the same article, and raw files are unique by SHA-256).
 */
const insertStagedArticlesAfterConflict = (client: pg.Client) =>
  client.query(`INSERT INTO article (${COPIED_ARTICLE_COLUMNS.map(quoteIdent).join(', ')}, search_folded, search_exact, raw_file_id)
    SELECT ${COPIED_ARTICLE_COLUMNS.map(quoteIdent).join(', ')},
      setweight(to_tsvector('simple', title_folded), 'A') || setweight(to_tsvector('simple', body_folded), 'D'),
      setweight(to_tsvector('simple', title_exact), 'A') || setweight(to_tsvector('simple', body_exact), 'D'),
      coalesce((SELECT r.id FROM ${quoteIdent(STAGED_RAW_FILE)} s JOIN raw_file r ON r.sha256 = s.sha256 WHERE s.id = a.raw_file_id), a.raw_file_id)
    FROM ${quoteIdent(STAGED_ARTICLE)} a ON CONFLICT (id) DO NOTHING`);

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

/** How a batch was written: straight in, or through the temporary tables after a conflict. */
export type WriteWay = 'copy' | 'staged';

export async function writeBatch(client: pg.Client, batch: BatchResult): Promise<WriteWay> {
  try {
    await inTransaction(client, async () => {
      await createStaging(client);
      await copyRows(client, 'raw_file', RAW_FILE_COLUMNS, batch.rawFiles);
      await copyRows(client, STAGED_ARTICLE, [...ARTICLE_COLUMNS, ...KEY_COLUMNS], batch.articles);
      await insertStagedArticles(client);
    });
    return 'copy';
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  await inTransaction(client, async () => {
    await createStaging(client);
    await copyRows(client, STAGED_RAW_FILE, RAW_FILE_COLUMNS, batch.rawFiles);
    await copyRows(client, STAGED_ARTICLE, [...ARTICLE_COLUMNS, ...KEY_COLUMNS], batch.articles);
    await insertStagedRawFiles(client);
    await insertStagedArticlesAfterConflict(client);
  });
  return 'staged';
}
