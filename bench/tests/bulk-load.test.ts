import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBatch } from '../lib/corpus-batch';
import { writeBatch } from '../lib/corpus-write';
import { ARTICLE_INDEXES, noteOlderRun, olderRunMessage, olderRunNotes, putBack, readPending, setAside } from '../lib/bulk-load';
import { facetCountDrift } from '../../tests/helpers/facet-count-drift';
import { createTestDatabaseWithClient, type TestDatabase } from '../../tests/helpers/test-database';

let database: TestDatabase;
let client: pg.Client;
let close: () => Promise<void>;

// Older runs' notes are looked for in a data folder of this test's own, not the project's.
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-load-data-'));
  vi.stubEnv('DATA_DIR', dataDir);
  ({ database, client, close } = await createTestDatabaseWithClient());
});
afterAll(async () => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await close();
});

const drift = () => facetCountDrift(database.url);
const quiet = () => {};

/** Every index of article with its definition as PostgreSQL prints it. */
const indexes = async () =>
  (
    await client.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'article' ORDER BY 1`,
    )
  ).rows;
const vectorStorage = async () =>
  (
    await client.query<{ column: string; storage: string }>(
      `SELECT attname AS column, attstorage AS storage FROM pg_attribute
       WHERE attrelid = 'article'::regclass AND attname IN ('search_folded', 'search_exact') ORDER BY 1`,
    )
  ).rows;
const compression = async () =>
  (await client.query<{ method: string | null }>(`SELECT pg_column_compression(search_folded) AS method FROM article ORDER BY id LIMIT 1`))
    .rows[0]!.method;
const triggerEnabled = async () =>
  (await client.query<{ enabled: string }>(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'facet_count_insert'`)).rows[0]!
    .enabled !== 'D';
const note = async () =>
  (
    await client.query<{ kind: string; name: string; storage: string | null }>(
      'SELECT kind, name, storage FROM bulk_load_pending ORDER BY 1, 2',
    )
  ).rows;

/** A second connection whose statements give up after a short wait for a lock. */
const impatient = (url: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set('options', '-c lock_timeout=300');
  return parsed.toString();
};

/** Holds a lock on a table in an open transaction until the returned function is called. */
async function holdLock(sql: string): Promise<() => Promise<void>> {
  const holder = new pg.Client({ connectionString: database.url });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query(sql);
  return async () => {
    await holder.query('ROLLBACK');
    await holder.end();
  };
}

describe('a bulk load', () => {
  it('sets indexes and the facet-count trigger aside, and puts them back as the migrations made them, with exact counts', async () => {
    await writeBatch(client, buildBatch({ seed: 21, start: 0, count: 50 }));
    expect(await drift()).toBe(0);
    const before = await indexes();
    const storageBefore = await vectorStorage();
    expect(storageBefore).toEqual([
      { column: 'search_exact', storage: 'x' },
      { column: 'search_folded', storage: 'x' },
    ]);

    const aside = await setAside(client);
    expect(aside.indexes).toEqual(Object.keys(ARTICLE_INDEXES).sort());
    expect((await indexes()).map((i) => i.name)).toEqual(['article_pkey']);
    expect(await triggerEnabled()).toBe(false);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['e', 'e']);
    expect(await readPending(database.url)).toEqual(aside);
    expect(await note()).toEqual([
      ...aside.indexes.map((name) => ({ kind: 'index', name, storage: null })),
      { kind: 'storage', name: 'search_exact', storage: 'EXTENDED' },
      { kind: 'storage', name: 'search_folded', storage: 'EXTENDED' },
      { kind: 'trigger', name: 'facet_count_insert', storage: null },
    ]);
    await writeBatch(client, buildBatch({ seed: 21, start: 50, count: 150 }));
    // What the paused trigger did not count.
    expect(await drift()).toBeGreaterThan(0);

    expect(await putBack(database.url, quiet)).toEqual(aside);
    // The definitions in the code give back exactly what the migrations made.
    expect(await indexes()).toEqual(before);
    expect(await triggerEnabled()).toBe(true);
    expect(await vectorStorage()).toEqual(storageBefore);
    expect(await drift()).toBe(0);
    expect(await note()).toEqual([]);
    expect(await readPending(database.url)).toBeNull();
    expect(await putBack(database.url, quiet)).toBeNull();
    const { rows } = await client.query<{ n: number }>(
      `SELECT count::int AS n FROM facet_count WHERE facet = 'all' AND scope = '' AND month = -1`,
    );
    expect(rows[0]!.n).toBe(200);
  });

  it('leaves a note in the database that lets the next run repair what an interrupted one set aside', async () => {
    const before = await indexes();
    await setAside(client);
    await writeBatch(client, buildBatch({ seed: 22, start: 0, count: 30 }));
    // The run dies here; the next one reads the note, on a connection of its own.
    const pending = await readPending(database.url);
    expect(pending?.facetCounts).toBe(true);
    expect(pending?.storage.map((c) => c.storage)).toEqual(['EXTENDED', 'EXTENDED']);
    await putBack(database.url, quiet);
    expect(await indexes()).toEqual(before);
    expect(await triggerEnabled()).toBe(true);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
    expect(await drift()).toBe(0);
  });

  it('forgets each thing in the transaction that puts it back, so a put-back stopped half way is finished by the next', async () => {
    const before = await indexes();
    await setAside(client);
    // The facet recount cannot get its lock: everything before it is back and forgotten, the rest is not.
    const release = await holdLock('LOCK TABLE facet_count IN ACCESS EXCLUSIVE MODE');
    try {
      await expect(putBack(impatient(database.url), quiet)).rejects.toThrow(/lock timeout/);
    } finally {
      await release();
    }
    expect(await note()).toEqual([{ kind: 'trigger', name: 'facet_count_insert', storage: null }]);
    expect(await indexes()).toEqual(before);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
    expect(await triggerEnabled()).toBe(false);

    await putBack(database.url, quiet);
    expect(await note()).toEqual([]);
    expect(await triggerEnabled()).toBe(true);
    expect(await drift()).toBe(0);
  });

  it('sets nothing aside and notes nothing when setting aside fails half way', async () => {
    const before = await indexes();
    // Dropping an index needs a lock this reader holds off.
    const release = await holdLock('SELECT 1 FROM article LIMIT 1');
    const setter = new pg.Client({ connectionString: impatient(database.url) });
    await setter.connect();
    try {
      await expect(setAside(setter)).rejects.toThrow(/lock timeout/);
    } finally {
      await setter.end();
      await release();
    }
    expect(await note()).toEqual([]);
    expect(await indexes()).toEqual(before);
    expect(await triggerEnabled()).toBe(true);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
  });

  it('refuses to drop an index it could not rebuild, and to start while something is still set aside', async () => {
    await client.query('CREATE INDEX article_title_idx ON article (title)');
    try {
      await expect(setAside(client)).rejects.toThrow(/article_title_idx.*ARTICLE_INDEXES/);
      expect(await note()).toEqual([]);
      expect((await indexes()).map((i) => i.name)).toContain('article_search_folded_idx');
    } finally {
      await client.query('DROP INDEX article_title_idx');
    }
    await setAside(client);
    await expect(setAside(client)).rejects.toThrow(/still has things set aside/);
    await putBack(database.url, quiet);
  });

  it('acts on names only: refuses a note naming an index or column the code does not know, or a storage PostgreSQL has not', async () => {
    await client.query(`INSERT INTO bulk_load_pending (kind, name) VALUES ('index', 'x; DROP TABLE article')`);
    await expect(putBack(database.url, quiet)).rejects.toThrow(/names index x; DROP TABLE article, which this version/);
    await client.query('DELETE FROM bulk_load_pending');
    await client.query(`INSERT INTO bulk_load_pending (kind, name, storage) VALUES ('storage', 'title', 'EXTENDED')`);
    await expect(putBack(database.url, quiet)).rejects.toThrow(/names column title/);
    await client.query('DELETE FROM bulk_load_pending');
    await expect(
      client.query(
        `INSERT INTO bulk_load_pending (kind, name, storage) VALUES ('storage', 'search_folded', 'EXTENDED; DROP TABLE article')`,
      ),
    ).rejects.toThrow(/check constraint/);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
  });

  it('never reads an older run’s note file, says what to do about it, and repairs from the code when asked', async () => {
    expect(olderRunNotes(database.url)).toEqual([]);
    const key = Buffer.from(database.url).toString('base64url').slice(-40);
    const inData = path.join(dataDir, 'corpus-generate', `pending-${key}.json`);
    const inTemp = path.join(os.tmpdir(), `corpus-generate-indexes-${key}.json`);
    fs.mkdirSync(path.dirname(inData), { recursive: true });
    // What an older run wrote: SQL, which must never run.
    const old = JSON.stringify({ indexes: [{ name: 'article_language_idx', def: 'DROP TABLE article' }], facetCounts: true, storage: [] });
    fs.writeFileSync(inData, old);
    fs.writeFileSync(inTemp, old);
    try {
      expect(olderRunNotes(database.url)).toEqual([inData, inTemp]);
      const message = olderRunMessage(olderRunNotes(database.url));
      expect(message).toContain(inData);
      expect(message).toMatch(/delete the file and run again with --repair-older-run/);
      expect(await readPending(database.url)).toBeNull();
    } finally {
      fs.rmSync(inData);
      fs.rmSync(inTemp);
    }

    // What an interrupted older run left: an index gone, the trigger off, vectors uncompressed.
    const before = await indexes();
    await client.query('DROP INDEX article_language_idx');
    await client.query('ALTER TABLE article DISABLE TRIGGER facet_count_insert');
    await client.query('ALTER TABLE article ALTER COLUMN search_folded SET STORAGE EXTERNAL');
    await writeBatch(client, buildBatch({ seed: 23, start: 0, count: 10 }));
    await noteOlderRun(client);
    await putBack(database.url, quiet);
    expect(await indexes()).toEqual(before);
    expect(await triggerEnabled()).toBe(true);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
    expect(await drift()).toBe(0);
    expect(await note()).toEqual([]);
  });

  it('stores vectors written during the load uncompressed, and compresses those written after', async () => {
    // Two long words of one letter each: PostgreSQL stores this vector compressed when it may try.
    const write = () =>
      client.query(`UPDATE article SET search_folded = to_tsvector('simple', repeat('a', 1500) || ' ' || repeat('b', 1500))
        WHERE id = (SELECT min(id) FROM article)`);
    await setAside(client);
    await write();
    expect(await compression()).toBeNull();
    await putBack(database.url, quiet);
    await write();
    expect(await compression()).toBe('pglz');
  });
});
