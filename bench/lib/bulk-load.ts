/**
 * What a bulk load (corpus:generate) sets aside while it writes and puts back afterwards:
 * - the secondary indexes of `article`, cheaper to build once at the end than to keep up row by row;
 * - the trigger that keeps facet_count exact on insert, which costs about as much as the insert
 *   itself (its transition table holds every wide row of a batch, and each batch upserts some
 *   tens of thousands of counts); the counts are rebuilt in one pass at the end instead;
 * - the compression of the two tsvector columns (see VECTOR_COLUMNS).
 * Each thing is noted in the table bulk_load_pending in the same transaction that sets it aside,
 * and its row deleted in the one that puts it back, so that a run interrupted in the middle (or a
 * crash) is repaired by the next run before it does anything else. The note holds names only:
 * every statement run here is written in this file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dataDirFromEnv } from '../../lib/db/embedded';
import { quoteIdent } from '../../lib/ops/backup-format';

export interface SetAside {
  /** Names of the dropped indexes (keys of ARTICLE_INDEXES). */
  indexes: string[];
  /** The insert trigger of facet_count is disabled: the counts must be rebuilt. */
  facetCounts: boolean;
  /** Each vector column's storage before the load (`EXTENDED`), to be set again. */
  storage: ColumnStorage[];
}

type Storage = 'PLAIN' | 'EXTERNAL' | 'MAIN' | 'EXTENDED';

export interface ColumnStorage {
  column: string;
  storage: Storage;
}

interface ArticleIndex {
  /** Built in the lane of GIN indexes, with parallel workers. */
  gin: boolean;
  create: (client: pg.Client) => Promise<unknown>;
}

/**
 * The secondary indexes of `article` (those not behind a constraint), as the latest migration
 * that touches each one makes it, with IF NOT EXISTS. A load drops only these and refuses to start
 * while the table has one not listed here; bench/tests/bulk-load.test.ts checks that
 * putting them back gives the same definitions as a migrated database.
 */
export const ARTICLE_INDEXES: Readonly<Record<string, ArticleIndex>> = {
  article_body_hash_idx: {
    gin: false,
    create: (c) => c.query('CREATE INDEX IF NOT EXISTS article_body_hash_idx ON article (body_hash)'),
  },
  article_date_key_idx: {
    gin: false,
    create: (c) =>
      c.query(`CREATE INDEX IF NOT EXISTS article_date_key_idx ON article
        ((coalesce(published_at, '-infinity'::date)) DESC, created_at DESC, id DESC) WHERE status = 'published'`),
  },
  article_language_idx: {
    gin: false,
    create: (c) => c.query('CREATE INDEX IF NOT EXISTS article_language_idx ON article (language, published_at)'),
  },
  article_pair_date_idx: {
    gin: false,
    create: (c) =>
      c.query(`CREATE INDEX IF NOT EXISTS article_pair_date_idx ON article
        (pair_key, (coalesce(published_at, '-infinity'::date)) DESC, created_at DESC, id DESC)
        INCLUDE (published_at, language, source, countries_mentioned) WHERE status = 'published'`),
  },
  article_search_folded_idx: {
    gin: true,
    create: (c) =>
      c.query('CREATE INDEX IF NOT EXISTS article_search_folded_idx ON article USING gin (search_folded, (hashtext(id) & 1023))'),
  },
  article_synthetic_idx: {
    gin: false,
    create: (c) => c.query('CREATE INDEX IF NOT EXISTS article_synthetic_idx ON article (id) WHERE synthetic'),
  },
};

const FACET_COUNT_TRIGGER = 'facet_count_insert';

/**
 * Stored out of line without trying to compress them while the load runs (`STORAGE EXTERNAL`).
 * A synthetic article's vectors never compress: pglz gives up on a value whose first kilobyte
 * holds no repeat, and a long vector starts with its table of word entries. Of 102,000 generated
 * articles none was stored compressed, yet each try cost. Not trying cut PostgreSQL's time per
 * row from 0.43 to 0.36 ms (mean of five runs of 10,000 rows each, one connection, indexes set
 * aside). Real text can compress (one of the five demo articles' vectors, 3.4 KB to 2.5 KB), so
 * the columns get their storage back at the end; rows written meanwhile keep theirs, as
 * PostgreSQL never rewrites a stored value when a column's storage changes.
 */
export const VECTOR_COLUMNS: readonly string[] = ['search_exact', 'search_folded'];

const STORAGE_NAMES: Record<string, Storage> = { p: 'PLAIN', e: 'EXTERNAL', m: 'MAIN', x: 'EXTENDED' };
const STORAGES = new Set<string>(Object.values(STORAGE_NAMES));

/**
 * Where runs before the note moved into the database kept it: the data folder, and before that
 * the system's temporary folder. Such a file is never read (its index definitions were SQL);
 * corpus:generate stops on one with a sentence saying what to do (see olderRunMessage).
 */
export function olderRunNotes(url: string): string[] {
  const key = Buffer.from(url).toString('base64url').slice(-40);
  return [
    path.join(dataDirFromEnv(), 'corpus-generate', `pending-${key}.json`),
    path.join(os.tmpdir(), `corpus-generate-indexes-${key}.json`),
  ].filter((file) => fs.existsSync(file));
}

export function olderRunMessage(files: string[]): string {
  return (
    `a note from an older corpus:generate was found (${files.join(', ')}). This version keeps that note in the ` +
    `database and never runs what a file says. If the run that wrote it finished, delete the file and run again. ` +
    `If it was interrupted, delete the file and run again with --repair-older-run: that rebuilds every index of ` +
    `article from its definition in the code, the facet counts, and the search vectors' storage (EXTENDED, as the ` +
    `migrations make it), whatever the older run had set aside.`
  );
}

async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Settings for the embedded PostgreSQL that corpus:generate starts itself. A checkpoint makes the
 * next change to every page log the whole page: the load changes pages of the random-keyed
 * B-trees (article and raw-file ids, SHA-256) all over, so at the default (1GB of WAL between
 * checkpoints) 1M articles logged 1.57M whole pages, 19 GB of WAL for 9 GB of data, in 38
 * checkpoints. Fewer checkpoints log fewer of them; the WAL kept between two grows to at most
 * max_wal_size meanwhile, and shrinks back after the next start without these settings.
 */
export const BULK_LOAD_SETTINGS = { max_wal_size: '8GB', checkpoint_timeout: '30min' } as const;

/** Secondary indexes of `article` (not those behind constraints). */
async function secondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT i.indexname AS name FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'article'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
    ORDER BY 1`);
  return rows.map((row) => row.name);
}

async function vectorStorage(client: pg.Client): Promise<ColumnStorage[]> {
  const { rows } = await client.query<{ column: string; code: string }>(
    `SELECT attname AS column, attstorage AS code FROM pg_attribute
     WHERE attrelid = 'article'::regclass AND attname = ANY($1) AND NOT attisdropped ORDER BY attname`,
    [VECTOR_COLUMNS],
  );
  return rows.map((r) => ({ column: r.column, storage: STORAGE_NAMES[r.code] ?? 'EXTENDED' }));
}

async function readNote(client: pg.Client): Promise<SetAside | null> {
  const { rows } = await client.query<{ kind: string; name: string; storage: string | null }>(
    'SELECT kind, name, storage FROM bulk_load_pending ORDER BY kind, name',
  );
  if (rows.length === 0) return null;
  return {
    indexes: rows.filter((r) => r.kind === 'index').map((r) => r.name),
    facetCounts: rows.some((r) => r.kind === 'trigger'),
    storage: rows.filter((r) => r.kind === 'storage').map((r) => ({ column: r.name, storage: r.storage as Storage })),
  };
}

/** What an interrupted run left set aside, if anything. */
export function readPending(url: string): Promise<SetAside | null> {
  return withClient(url, readNote);
}

/**
 * Notes the three things and sets them aside, in one transaction: the secondary indexes are
 * dropped, facet_count's insert trigger disabled and the vectors stored uncompressed. Writes to
 * `article` by anyone else during the load are counted by the rebuild (and store their vectors
 * uncompressed too). Refuses while something is still set aside (put it back first) or while
 * `article` has an index this file cannot rebuild.
 */
export async function setAside(client: pg.Client): Promise<SetAside> {
  const pending = await readNote(client);
  if (pending) throw new Error('an earlier bulk load still has things set aside (table bulk_load_pending); put them back first (putBack).');
  const indexes = await secondaryIndexes(client);
  const unknown = indexes.filter((name) => !Object.hasOwn(ARTICLE_INDEXES, name));
  if (unknown.length > 0) {
    throw new Error(
      `article has indexes a bulk load could not rebuild: ${unknown.join(', ')}. Add each one's definition, as its ` +
        'migration makes it, to ARTICLE_INDEXES in bench/lib/bulk-load.ts, or load with --keep-indexes.',
    );
  }
  const aside: SetAside = { indexes, facetCounts: true, storage: await vectorStorage(client) };
  await inTransaction(client, async () => {
    for (const name of aside.indexes) {
      await client.query(`INSERT INTO bulk_load_pending (kind, name) VALUES ('index', $1)`, [name]);
      await client.query(`DROP INDEX IF EXISTS ${quoteIdent(name)}`);
    }
    await client.query(`INSERT INTO bulk_load_pending (kind, name) VALUES ('trigger', $1)`, [FACET_COUNT_TRIGGER]);
    await client.query('ALTER TABLE article DISABLE TRIGGER facet_count_insert');
    for (const { column, storage } of aside.storage) {
      await client.query(`INSERT INTO bulk_load_pending (kind, name, storage) VALUES ('storage', $1, $2)`, [column, storage]);
      await client.query(`ALTER TABLE article ALTER COLUMN ${quoteIdent(column)} SET STORAGE EXTERNAL`);
    }
  });
  return aside;
}

/**
 * Notes as set aside everything a run from before the note moved into the database may have left
 * so: every index of ARTICLE_INDEXES, the trigger, and the vectors' storage as the migrations make
 * it. Putting that back is harmless where nothing was missing (indexes are made IF NOT EXISTS).
 */
export async function noteOlderRun(client: pg.Client): Promise<void> {
  await inTransaction(client, async () => {
    for (const name of Object.keys(ARTICLE_INDEXES)) {
      await client.query(`INSERT INTO bulk_load_pending (kind, name) VALUES ('index', $1) ON CONFLICT DO NOTHING`, [name]);
    }
    await client.query(`INSERT INTO bulk_load_pending (kind, name) VALUES ('trigger', $1) ON CONFLICT DO NOTHING`, [FACET_COUNT_TRIGGER]);
    for (const column of VECTOR_COLUMNS) {
      await client.query(`INSERT INTO bulk_load_pending (kind, name, storage) VALUES ('storage', $1, 'EXTENDED') ON CONFLICT DO NOTHING`, [
        column,
      ]);
    }
  });
}

/** Refuses a note this code cannot act on, before anything is put back. */
function checkNote(aside: SetAside): void {
  const unknownIndex = aside.indexes.find((name) => !Object.hasOwn(ARTICLE_INDEXES, name));
  if (unknownIndex) {
    throw new Error(
      `the bulk load's note (table bulk_load_pending) names index ${unknownIndex}, which this version of ` +
        `bench/lib/bulk-load.ts does not define. If a migration has dropped it, delete that row; otherwise add its ` +
        'definition to ARTICLE_INDEXES. Then run again.',
    );
  }
  const unknownColumn = aside.storage.find((c) => !VECTOR_COLUMNS.includes(c.column));
  if (unknownColumn) {
    throw new Error(
      `the bulk load's note names column ${unknownColumn.column}, not one of ${VECTOR_COLUMNS.join(', ')}; delete that row of bulk_load_pending and run again.`,
    );
  }
  const badStorage = aside.storage.find((c) => !STORAGES.has(c.storage));
  if (badStorage) {
    throw new Error(
      `Unknown storage “${String(badStorage.storage)}” for column ${badStorage.column} in the bulk load's note; expected one of ${[...STORAGES].join(', ')}.`,
    );
  }
}

/** Gives the vector columns back the storage they had before the load, and forgets it. */
async function restoreStorage(url: string, storage: ColumnStorage[]): Promise<void> {
  if (storage.length === 0) return;
  await withClient(url, (client) =>
    inTransaction(client, async () => {
      // The storage is a name to PostgreSQL's grammar (SET STORAGE ColId), matched without regard
      // to case, so quoting it as an identifier keeps it a single word; checkNote allowed four.
      for (const { column, storage: kind } of storage) {
        await client.query(`ALTER TABLE article ALTER COLUMN ${quoteIdent(column)} SET STORAGE ${quoteIdent(kind)}`);
        await client.query(`DELETE FROM bulk_load_pending WHERE kind = 'storage' AND name = $1`, [column]);
      }
    }),
  );
}

/**
 * Builds the indexes one after another on one connection, with this many parallel workers each,
 * each in a transaction that also forgets it.
 */
async function buildIndexes(url: string, names: string[], parallelWorkers: number, log: (line: string) => void): Promise<void> {
  if (names.length === 0) return;
  await withClient(url, async (client) => {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SELECT set_config('max_parallel_maintenance_workers', $1, false)`, [String(parallelWorkers)]);
    for (const name of names) {
      const t = Date.now();
      await inTransaction(client, async () => {
        await ARTICLE_INDEXES[name]!.create(client);
        await client.query(`DELETE FROM bulk_load_pending WHERE kind = 'index' AND name = $1`, [name]);
      });
      log(`  index ${name} built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  });
}

export async function analyse(url: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  await withClient(url, (client) => client.query('ANALYZE article'));
  log(`ANALYZE article in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Counts every published article again (the same keys as the triggers, article_facet_keys) and
 * turns the insert trigger back on, in one transaction that holds off other writers, so that no
 * write falls between the count and the trigger. Readers keep the old counts until it commits.
 * The trigger is turned on last: that needs a lock an index being built holds off, and the
 * counting does not. The note's row goes in the same transaction.
 */
async function rebuildFacetCounts(url: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The aggregate's groups grow with values and months (Gregorian and Solar Hijri), not with
    // articles; in the database's default work_mem it spilled to disk in batches and took about a
    // third longer. docs/performance.md gives the size at 1M articles.
    await client.query(`SET work_mem = '384MB'`);
    await client.query('BEGIN');
    await client.query('LOCK TABLE article IN SHARE MODE');
    await client.query('DELETE FROM facet_count');
    await client.query(`INSERT INTO facet_count (scope, facet, value, month, count)
      SELECT k.scope, k.facet, k.value, k.month, count(*)::int
      FROM article r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
      WHERE r.status = 'published'
      GROUP BY 1, 2, 3, 4`);
    await client.query('ALTER TABLE article ENABLE TRIGGER facet_count_insert');
    await client.query(`DELETE FROM bulk_load_pending WHERE kind = 'trigger'`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  log(`Facet counts rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Puts back what the note says is set aside (by this run or an interrupted one), each thing
 * forgotten as it is back; does nothing when nothing is. Two lanes share the cores: the GIN
 * indexes (most of the time; PostgreSQL 18 builds each with a parallel worker per further core),
 * and the B-trees then the facet recount. The table is analysed before (the recount's plan needs
 * the table's real size) and after (the statistics of expression indexes exist only once they do).
 */
export async function putBack(url: string, log: (line: string) => void): Promise<SetAside | null> {
  const aside = await readPending(url);
  if (!aside) return null;
  checkNote(aside);
  const started = Date.now();
  await restoreStorage(url, aside.storage);
  await analyse(url, log);
  const gin = aside.indexes.filter((name) => ARTICLE_INDEXES[name]!.gin);
  const others = aside.indexes.filter((name) => !gin.includes(name));
  // Both lanes finish (or fail) before this returns: no connection is left building behind a failure.
  const lanes = await Promise.allSettled([
    buildIndexes(url, gin, Math.max(0, os.availableParallelism() - 1), log),
    (async () => {
      await buildIndexes(url, others, 0, log);
      if (aside.facetCounts) await rebuildFacetCounts(url, log);
    })(),
  ]);
  const failed = lanes.find((lane) => lane.status === 'rejected');
  if (failed) throw failed.reason;
  await analyse(url, log);
  log(`Indexes and facet counts put back in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return aside;
}
