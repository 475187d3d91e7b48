import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../lib/search/document';
import { generateArticle } from '../../scripts/lib/corpus';
import { buildBatch, CHECK_SQL, INSERT_SQL } from '../../scripts/lib/corpus-batch';
import { createTestDatabaseWithClient } from '../helpers/test-database';

let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await createTestDatabaseWithClient());
});
afterAll(() => close());

/** Stored articles whose vectors differ from what to_tsvector makes of their search keys. */
async function differingFromDatabase(seed: number, count: number): Promise<string[]> {
  const docs = Array.from({ length: count }, (_, i) => {
    const a = generateArticle(seed, i);
    return { id: a.id, ...searchDocument(a.title, a.paragraphs) };
  });
  const { rows } = await client.query<{ id: string }>(
    `SELECT a.id FROM article a JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(id, tf, bf, te, be) ON k.id = a.id
      WHERE a.search_folded IS DISTINCT FROM setweight(to_tsvector('simple', k.tf), 'A') || setweight(to_tsvector('simple', k.bf), 'D')
         OR a.search_exact IS DISTINCT FROM setweight(to_tsvector('simple', k.te), 'A') || setweight(to_tsvector('simple', k.be), 'D')`,
    [docs.map((d) => d.id), docs.map((d) => d.titleFolded), docs.map((d) => d.bodyFolded), docs.map((d) => d.titleExact), docs.map((d) => d.bodyExact)],
  );
  return rows.map((r) => r.id);
}

describe('corpus generator batches', () => {
  it('store articles whose tsvectors equal the database\'s own, with literals or with keys', async () => {
    for (const keysOnly of [false, true]) {
      const batch = buildBatch({ seed: keysOnly ? 5 : 4, start: 0, count: 400, keysOnly });
      if (!keysOnly) expect(batch.check.literals.length).toBeGreaterThan(0);
      const differing = await client.query(CHECK_SQL, [batch.check.ids, batch.check.titles, batch.check.bodies, batch.check.literals]);
      expect(differing.rowCount).toBe(0);
      await client.query(INSERT_SQL, batch.params);
    }
    expect((await client.query('SELECT count(*)::int AS n FROM article')).rows[0].n).toBe(800);
    expect(await differingFromDatabase(4, 400)).toEqual([]);
    expect(await differingFromDatabase(5, 400)).toEqual([]);
  });

  it('catches a literal the server would not make and stores nothing', async () => {
    const batch = buildBatch({ seed: 6, start: 0, count: 200, keysOnly: false });
    const literals = batch.check.literals.map((l, i) => (i === 0 ? `${l} 'intruder':1` : l));
    const differing = await client.query<{ id: string }>(CHECK_SQL, [batch.check.ids, batch.check.titles, batch.check.bodies, literals]);
    expect(differing.rows.map((r) => r.id)).toEqual([batch.check.ids[0]]);
  });
});
