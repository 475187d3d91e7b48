/**
 * What a bulk load (corpus:generate) sets aside while it writes and puts back afterwards:
 * - the secondary indexes of `article`, cheaper to build once at the end than to keep up row by row;
 * - the trigger that keeps facet_count exact on insert, which costs about as much as the insert
 *   itself (its transition table holds every wide row of a batch, and each batch upserts some
 *   tens of thousands of counts); the counts are rebuilt in one pass at the end instead;
 * - the compression of the two tsvector columns (see VECTOR_COLUMNS).
 * What was set aside is written to a file first, so that a run interrupted in the middle (or a
 * crash) is repaired by the next run before it does anything else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dataDirFromEnv } from '../../lib/db/embedded';

export interface IndexDef {
  name: string;
  def: string;
}

export interface SetAside {
  indexes: IndexDef[];
  /** The insert trigger of facet_count is disabled: the counts must be rebuilt. */
  facetCounts: boolean;
  /** Each vector column's storage before the load (`EXTENDED`), to be set again. */
  storage: ColumnStorage[];
}

export interface ColumnStorage {
  column: string;
  storage: 'PLAIN' | 'EXTERNAL' | 'MAIN' | 'EXTENDED';
}

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
export const VECTOR_COLUMNS = ['search_folded', 'search_exact'] as const;

const STORAGE_NAMES: Record<string, ColumnStorage['storage']> = { p: 'PLAIN', e: 'EXTERNAL', m: 'MAIN', x: 'EXTENDED' };
const STORAGES = new Set<string>(Object.values(STORAGE_NAMES));

const noteKey = (url: string) => Buffer.from(url).toString('base64url').slice(-40);

/**
 * The note of what a load set aside, in the app's data folder (DATA_DIR), one per database. Not in
 * the system's temporary folder: any local user can write there, and the note's index definitions
 * and storages are run as SQL by the next run.
 */
export function pendingFile(url: string): string {
  return path.join(dataDirFromEnv(), 'corpus-generate', `pending-${noteKey(url)}.json`);
}

/** Where runs before 2026-11-28 kept the note; it is never read from there (see pendingFile). */
export function strayTemporaryNote(url: string): string | null {
  const file = path.join(os.tmpdir(), `corpus-generate-indexes-${noteKey(url)}.json`);
  return fs.existsSync(file) ? file : null;
}

function writePending(url: string, aside: SetAside): void {
  const file = pendingFile(url);
  // The data folder as any other run makes it (the embedded PostgreSQL, run as another user when
  // started by root, must reach its own folder inside); only the note's folder is the owner's alone.
  fs.mkdirSync(path.dirname(path.dirname(file)), { recursive: true });
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify(aside), { mode: 0o600 });
}

/** What an interrupted run left set aside, if anything. */
export function readPending(url: string): SetAside | null {
  const file = pendingFile(url);
  if (!fs.existsSync(file)) return null;
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SetAside> | IndexDef[];
  // Earlier runs wrote the list of indexes alone, then no storage.
  if (Array.isArray(saved)) return { indexes: saved, facetCounts: false, storage: [] };
  return { indexes: saved.indexes ?? [], facetCounts: saved.facetCounts ?? false, storage: saved.storage ?? [] };
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
async function secondaryIndexes(client: pg.Client): Promise<IndexDef[]> {
  const { rows } = await client.query<IndexDef>(`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'article'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
  return rows;
}

async function vectorStorage(client: pg.Client): Promise<ColumnStorage[]> {
  const { rows } = await client.query<{ column: string; code: string }>(
    `SELECT attname AS column, attstorage AS code FROM pg_attribute
     WHERE attrelid = 'article'::regclass AND attname = ANY($1) AND NOT attisdropped ORDER BY attname`,
    [VECTOR_COLUMNS],
  );
  return rows.map((r) => ({ column: r.column, storage: STORAGE_NAMES[r.code] ?? 'EXTENDED' }));
}

/** The statement that sets these storages; a storage that is not one of PostgreSQL's four is refused. */
function setStorage(storage: ColumnStorage[]): string {
  const bad = storage.find((c) => !STORAGES.has(c.storage));
  if (bad) throw new Error(`Unknown storage “${String(bad.storage)}” for column ${bad.column} in the bulk load's note; expected one of ${[...STORAGES].join(', ')}.`);
  return `ALTER TABLE article ${storage.map((c) => `ALTER COLUMN "${c.column.replaceAll('"', '""')}" SET STORAGE ${c.storage}`).join(', ')}`;
}

/**
 * Drops the secondary indexes, disables facet_count's insert trigger and stores the vectors
 * uncompressed, after noting all three in the pending file. Writes to `article` by anyone else
 * during the load are counted by the rebuild (and store their vectors uncompressed too).
 */
export async function setAside(client: pg.Client, url: string): Promise<SetAside> {
  const aside: SetAside = { indexes: await secondaryIndexes(client), facetCounts: true, storage: await vectorStorage(client) };
  writePending(url, aside);
  for (const index of aside.indexes) await client.query(`DROP INDEX IF EXISTS "${index.name.replaceAll('"', '""')}"`);
  await client.query('ALTER TABLE article DISABLE TRIGGER facet_count_insert');
  if (aside.storage.length > 0) await client.query(setStorage(aside.storage.map((c) => ({ ...c, storage: 'EXTERNAL' }))));
  return aside;
}

/** Gives the vector columns back the storage they had before the load. */
async function restoreStorage(url: string, storage: ColumnStorage[]): Promise<void> {
  if (storage.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(setStorage(storage));
  } finally {
    await client.end();
  }
}

/** Builds the indexes one after another on one connection, with this many parallel workers each. */
async function buildIndexes(url: string, defs: IndexDef[], parallelWorkers: number, log: (line: string) => void): Promise<void> {
  if (defs.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET max_parallel_maintenance_workers = ${parallelWorkers}`);
    for (const def of defs) {
      const t = Date.now();
      await client.query(def.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      log(`  index ${def.name} built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await client.end();
  }
}

export async function analyse(url: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('ANALYZE article');
  } finally {
    await client.end();
  }
  log(`ANALYZE article in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Counts every published article again (the same keys as the triggers, article_facet_keys) and
 * turns the insert trigger back on, in one transaction that holds off other writers, so that no
 * write falls between the count and the trigger. Readers keep the old counts until it commits.
 * The trigger is turned on last: that needs a lock an index being built holds off, and the
 * counting does not.
 */
async function rebuildFacetCounts(url: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // About 1.1M groups at 1M articles (106 MB): in the database's 32 MB the aggregate spilled to
    // disk in 5 batches, 34 s against 26 s in memory. Groups grow with values and months, not
    // with articles.
    await client.query(`SET work_mem = '256MB'`);
    await client.query('BEGIN');
    await client.query('LOCK TABLE article IN SHARE MODE');
    await client.query('DELETE FROM facet_count');
    await client.query(`INSERT INTO facet_count (scope, facet, value, month, count)
      SELECT k.scope, k.facet, k.value, k.month, count(*)::int
      FROM article r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
      WHERE r.status = 'published'
      GROUP BY 1, 2, 3, 4`);
    await client.query('ALTER TABLE article ENABLE TRIGGER facet_count_insert');
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
 * Puts back what setAside (this run's or an interrupted one's) took away, then forgets it. Two
 * lanes share the cores: the GIN indexes (most of the time; PostgreSQL 18 builds each with a
 * parallel worker per further core), and the B-trees then the facet recount. The table is analysed
 * before (the recount's plan needs the table's real size) and after (the statistics of expression
 * indexes exist only once they do).
 */
export async function putBack(url: string, aside: SetAside, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  await restoreStorage(url, aside.storage);
  await analyse(url, log);
  const gin = aside.indexes.filter((d) => d.def.includes('USING gin'));
  const others = aside.indexes.filter((d) => !gin.includes(d));
  await Promise.all([
    buildIndexes(url, gin, Math.max(0, os.availableParallelism() - 1), log),
    (async () => {
      await buildIndexes(url, others, 0, log);
      if (aside.facetCounts) await rebuildFacetCounts(url, log);
    })(),
  ]);
  await analyse(url, log);
  log(`Indexes and facet counts put back in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const file = pendingFile(url);
  if (fs.existsSync(file)) fs.rmSync(file);
}
