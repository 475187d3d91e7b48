import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBatch } from '../../scripts/lib/corpus-batch';
import { writeBatch } from '../../scripts/lib/corpus-write';
import { pendingFile, putBack, readPending, setAside, strayTemporaryNote } from '../../scripts/lib/bulk-load';
import { facetCountDrift } from '../helpers/facet-count-drift';
import { createTestDatabaseWithClient, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
let client: pg.Client;
let close: () => Promise<void>;

// Notes go to a data folder of this test's own, not the project's.
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

const indexNames = async () =>
  (await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'article' ORDER BY 1`)).rows.map((r) => r.name);
const vectorStorage = async () =>
  (
    await client.query<{ column: string; storage: string }>(
      `SELECT attname AS column, attstorage AS storage FROM pg_attribute
       WHERE attrelid = 'article'::regclass AND attname IN ('search_folded', 'search_exact') ORDER BY 1`,
    )
  ).rows;
const compression = async () =>
  (await client.query<{ method: string | null }>(`SELECT pg_column_compression(search_folded) AS method FROM article ORDER BY id LIMIT 1`)).rows[0]!.method;
const triggerEnabled = async () =>
  (await client.query<{ enabled: string }>(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'facet_count_insert'`)).rows[0]!.enabled !== 'D';

describe('a bulk load', () => {
  it('sets indexes and the facet-count trigger aside, and puts them back with exact counts', async () => {
    await writeBatch(client, buildBatch({ seed: 21, start: 0, count: 50, keysOnly: false }));
    expect(await drift()).toBe(0);
    const before = await indexNames();

    const storageBefore = await vectorStorage();
    expect(storageBefore).toEqual([
      { column: 'search_exact', storage: 'x' },
      { column: 'search_folded', storage: 'x' },
    ]);
    const aside = await setAside(client, database.url);
    expect(aside.indexes.length).toBeGreaterThan(0);
    expect(await triggerEnabled()).toBe(false);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['e', 'e']);
    expect(readPending(database.url)).toEqual(aside);
    await writeBatch(client, buildBatch({ seed: 21, start: 50, count: 150, keysOnly: false }));
    // What the paused trigger did not count.
    expect(await drift()).toBeGreaterThan(0);

    await putBack(database.url, aside, () => {});
    expect(await indexNames()).toEqual(before);
    expect(await triggerEnabled()).toBe(true);
    expect(await vectorStorage()).toEqual(storageBefore);
    expect(await drift()).toBe(0);
    expect(readPending(database.url)).toBeNull();
    const { rows } = await client.query<{ n: number }>(`SELECT count::int AS n FROM facet_count WHERE facet = 'all' AND scope = '' AND month = -1`);
    expect(rows[0]!.n).toBe(200);
  });

  it('leaves a note that lets the next run repair what an interrupted one set aside', async () => {
    await setAside(client, database.url);
    await writeBatch(client, buildBatch({ seed: 22, start: 0, count: 30, keysOnly: false }));
    // The run dies here; the next one finds the note.
    const pending = readPending(database.url);
    expect(pending?.facetCounts).toBe(true);
    expect(pending?.storage.map((c) => c.storage)).toEqual(['EXTENDED', 'EXTENDED']);
    await putBack(database.url, pending!, () => {});
    expect(await triggerEnabled()).toBe(true);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
    expect(await drift()).toBe(0);
  });

  it('keeps its note in the data folder, readable by its owner alone, and points out a note left in the temporary folder', async () => {
    // A data folder that does not exist yet: made as any run makes it, the note's folder private.
    const fresh = path.join(dataDir, 'fresh');
    vi.stubEnv('DATA_DIR', fresh);
    try {
      const aside = await setAside(client, database.url);
      const file = pendingFile(database.url);
      expect(path.dirname(path.dirname(file))).toBe(fresh);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(fresh).mode & 0o077).not.toBe(0);
      expect(readPending(database.url)).toEqual(aside);
      await putBack(database.url, aside, () => {});
      expect(fs.existsSync(file)).toBe(false);

      expect(strayTemporaryNote(database.url)).toBeNull();
      const stray = path.join(os.tmpdir(), `corpus-generate-indexes-${Buffer.from(database.url).toString('base64url').slice(-40)}.json`);
      fs.writeFileSync(stray, '[]');
      expect(strayTemporaryNote(database.url)).toBe(stray);
      // Never read from there.
      expect(readPending(database.url)).toBeNull();
      fs.rmSync(stray);
    } finally {
      vi.stubEnv('DATA_DIR', dataDir);
    }
  });

  it('reads a note from a run that set no storage aside, and refuses a storage PostgreSQL has not', async () => {
    fs.mkdirSync(path.dirname(pendingFile(database.url)), { recursive: true });
    fs.writeFileSync(pendingFile(database.url), JSON.stringify({ indexes: [], facetCounts: true }));
    expect(readPending(database.url)).toEqual({ indexes: [], facetCounts: true, storage: [] });
    const odd = { indexes: [], facetCounts: false, storage: [{ column: 'search_folded', storage: 'EXTENDED; DROP TABLE article' }] };
    fs.writeFileSync(pendingFile(database.url), JSON.stringify(odd));
    await expect(putBack(database.url, readPending(database.url)!, () => {})).rejects.toThrow(/Unknown storage/);
    expect((await vectorStorage()).map((c) => c.storage)).toEqual(['x', 'x']);
    fs.rmSync(pendingFile(database.url));
  });

  it('stores vectors written during the load uncompressed, and compresses those written after', async () => {
    // Two long words of one letter each: PostgreSQL stores this vector compressed when it may try.
    const write = () =>
      client.query(`UPDATE article SET search_folded = to_tsvector('simple', repeat('a', 1500) || ' ' || repeat('b', 1500))
        WHERE id = (SELECT min(id) FROM article)`);
    const aside = await setAside(client, database.url);
    await write();
    expect(await compression()).toBeNull();
    await putBack(database.url, aside, () => {});
    await write();
    expect(await compression()).toBe('pglz');
  });
});
