import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../lib/db/generated/client';
import { searchVectors } from '../../lib/search/write-keys';
import { fileText, generateArticle } from '../lib/corpus';
import { buildBatch } from '../lib/corpus-batch';
import { writeBatch } from '../lib/corpus-write';
import { createTestDatabaseWithClient } from '../../tests/helpers/test-database';

let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await createTestDatabaseWithClient());
});
afterAll(() => close());

/** A vector the product's SQL makes (lib/search/write-keys.ts), as text; null for SQL NULL. */
async function productVector(sql: Prisma.Sql): Promise<string | null> {
  return (await client.query<{ v: string | null }>(`SELECT (${sql.text})::text AS v`, sql.values)).rows[0]!.v;
}

/**
 * Stored articles whose vectors differ from those the product's own indexing makes of the same
 * title and paragraphs (`searchVectors`, which uploads, edits and translations use).
 */
async function differingFromProduct(seed: number, start: number, count: number): Promise<string[]> {
  const differing: string[] = [];
  for (let i = start; i < start + count; i++) {
    const a = generateArticle(seed, i);
    const { rows } = await client.query<{ folded: string | null; exact: string | null }>(
      'SELECT search_folded::text AS folded, search_exact::text AS exact FROM article WHERE id = $1',
      [a.id],
    );
    const product = searchVectors(a.title, a.paragraphs);
    const expected = { folded: await productVector(product.folded), exact: await productVector(product.exact) };
    if (rows[0]?.folded !== expected.folded || rows[0]?.exact !== expected.exact) differing.push(a.id);
  }
  return differing;
}

/** Of these articles, how many have an exact vector of their own, and how many share the folded one. */
async function exactVectors(seed: number, count: number): Promise<{ own: number; shared: number }> {
  const ids = Array.from({ length: count }, (_, i) => generateArticle(seed, i).id);
  const { rows } = await client.query<{ own: number; shared: number }>(
    `SELECT count(search_exact)::int AS own, count(*) FILTER (WHERE search_exact IS NULL)::int AS shared FROM article WHERE id = ANY($1)`,
    [ids],
  );
  return rows[0]!;
}

const count = async (sql: string, params: unknown[] = []) => (await client.query<{ n: number }>(sql, params)).rows[0]!.n;

describe('corpus generator batches', () => {
  it("store the vectors the product's own indexing makes of the same text, in every language", async () => {
    expect(await writeBatch(client, buildBatch({ seed: 4, start: 0, count: 400 }))).toBe('copy');
    expect(await count('SELECT count(*)::int AS n FROM article')).toBe(400);
    const languages = await client.query<{ language: string }>('SELECT DISTINCT language::text FROM article ORDER BY 1');
    expect(languages.rows.map((r) => r.language)).toEqual(['ar', 'en', 'fa-AF', 'fa-IR', 'vi']);
    expect(await differingFromProduct(4, 0, 400)).toEqual([]);
    // Both kinds are in the batch: Vietnamese has diacritics, most other generated text has none to fold.
    const { own, shared } = await exactVectors(4, 400);
    expect(own).toBeGreaterThan(40);
    expect(shared).toBeGreaterThan(200);
  });

  it('stores every field of the generated article and its raw file as generated', async () => {
    const stored = await client.query(
      `SELECT a.*, to_char(a.published_at, 'YYYY-MM-DD') AS published, r.file_name, r.sha256, r.byte_size, r.encoding, r.bytes, r.uploaded_by
         FROM article a JOIN raw_file r ON r.id = a.raw_file_id WHERE a.id = ANY($1) ORDER BY a.id`,
      [Array.from({ length: 400 }, (_, i) => generateArticle(4, i).id)],
    );
    expect(stored.rowCount).toBe(400);
    const byId = new Map(stored.rows.map((r) => [r.id as string, r]));
    const seen = { undated: 0, persian: 0, rtl: 0, withAuthor: 0 };
    for (let i = 0; i < 400; i++) {
      const a = generateArticle(4, i);
      const row = byId.get(a.id)!;
      const bytes = Buffer.from(fileText(a), 'utf8');
      expect({
        title: row.title,
        language: row.language,
        direction: row.direction,
        paragraphs: row.paragraphs,
        published: row.published,
        datePrecision: row.date_precision,
        dateYear: row.date_year,
        dateMonth: row.date_month,
        dateDay: row.date_day,
        dateText: row.date_text,
        calendar: row.calendar,
        source: row.source,
        author: row.author,
        countries: row.countries_mentioned,
        pair: [row.pair_a, row.pair_b, row.pair_key],
        synthetic: row.synthetic,
        status: row.status,
      }).toEqual({
        title: a.title,
        language: a.language,
        direction: a.direction,
        paragraphs: a.paragraphs,
        published: a.publishedAt,
        datePrecision: a.datePrecision,
        dateYear: a.dateYear,
        dateMonth: a.dateMonth,
        dateDay: a.dateDay,
        dateText: a.dateText,
        calendar: a.calendar,
        source: a.source,
        author: a.author,
        countries: a.countriesMentioned,
        pair: [a.pairA, a.pairB, `${a.pairA}-${a.pairB}`],
        synthetic: true,
        status: 'published',
      });
      expect(Buffer.compare(row.bytes as Buffer, bytes)).toBe(0);
      expect([row.file_name, row.sha256, row.byte_size, row.encoding, row.uploaded_by]).toEqual([
        a.fileName,
        createHash('sha256').update(bytes).digest('hex'),
        bytes.byteLength,
        'utf-8',
        'system:corpus-generate',
      ]);
      if (a.publishedAt === null) seen.undated++;
      if (a.calendar === 'persian') seen.persian++;
      if (a.direction === 'rtl') seen.rtl++;
      if (a.author !== null) seen.withAuthor++;
    }
    // The sample holds the cases the binary encoding has to get right: null dates, both calendars, both directions.
    expect(Object.values(seen).every((n) => n > 0 && n < 400)).toBe(true);
  });

  it('writes a batch whose articles partly exist (a run after a crash) without duplicating or failing', async () => {
    expect(await writeBatch(client, buildBatch({ seed: 7, start: 0, count: 100 }))).toBe('copy');
    expect(await writeBatch(client, buildBatch({ seed: 7, start: 50, count: 100 }))).toBe('staged');
    const ids = Array.from({ length: 150 }, (_, i) => generateArticle(7, i).id);
    expect(await count('SELECT count(*)::int AS n FROM article WHERE id = ANY($1)', [ids])).toBe(150);
    expect(await differingFromProduct(7, 0, 150)).toEqual([]);
  });

  it('points an article that another seed already made at the raw file that holds its bytes', async () => {
    // Article 6571 of seed 12 and article 4061 of seed 14 come from the same random stream: the same text.
    const first = generateArticle(12, 6571);
    const second = generateArticle(14, 4061);
    expect(fileText(second)).toBe(fileText(first));
    expect(await writeBatch(client, buildBatch({ seed: 12, start: 6571, count: 1 }))).toBe('copy');
    expect(await writeBatch(client, buildBatch({ seed: 14, start: 4061, count: 1 }))).toBe('staged');
    const { rows } = await client.query<{ id: string; raw_file_id: string }>(
      'SELECT id, raw_file_id FROM article WHERE id = ANY($1) ORDER BY id',
      [[first.id, second.id]],
    );
    expect(rows.map((r) => [r.id, r.raw_file_id]).sort()).toEqual(
      [
        [first.id, first.rawFileId],
        [second.id, first.rawFileId],
      ].sort(),
    );
  });
});
