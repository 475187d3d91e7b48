import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBatch } from '../../scripts/lib/corpus-batch';
import { writeBatch } from '../../scripts/lib/corpus-write';
import { pendingFile, putBack, readPending, setAside } from '../../scripts/lib/bulk-load';
import { facetCountDrift } from '../helpers/facet-count-drift';
import { createTestDatabaseWithClient, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ database, client, close } = await createTestDatabaseWithClient());
});
afterAll(async () => {
  fs.rmSync(pendingFile(database.url), { force: true });
  await close();
});

const drift = () => facetCountDrift(database.url);

const indexNames = async () =>
  (await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'article' ORDER BY 1`)).rows.map((r) => r.name);
const triggerEnabled = async () =>
  (await client.query<{ enabled: string }>(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'facet_count_insert'`)).rows[0]!.enabled !== 'D';

describe('a bulk load', () => {
  it('sets indexes and the facet-count trigger aside, and puts them back with exact counts', async () => {
    await writeBatch(client, buildBatch({ seed: 21, start: 0, count: 50, keysOnly: false }));
    expect(await drift()).toBe(0);
    const before = await indexNames();

    const aside = await setAside(client, database.url);
    expect(aside.indexes.length).toBeGreaterThan(0);
    expect(await triggerEnabled()).toBe(false);
    expect(readPending(database.url)).toEqual(aside);
    await writeBatch(client, buildBatch({ seed: 21, start: 50, count: 150, keysOnly: false }));
    // What the paused trigger did not count.
    expect(await drift()).toBeGreaterThan(0);

    await putBack(database.url, aside, () => {});
    expect(await indexNames()).toEqual(before);
    expect(await triggerEnabled()).toBe(true);
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
    await putBack(database.url, pending!, () => {});
    expect(await triggerEnabled()).toBe(true);
    expect(await drift()).toBe(0);
  });
});
