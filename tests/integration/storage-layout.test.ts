import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../../lib/articles/save';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
let client: pg.Client;
let id: string;

// Varied text, so that compression alone cannot bring the row under the target.
const words = Array.from({ length: 900 }, (_, i) => `کلمه${(i * 7919) % 10007}`);
// About 1.5 KB of body: under PostgreSQL's default threshold (2 KB) the row would keep it inline.
const paragraphs = Array.from({ length: 3 }, (_, p) => words.slice(p * 40, p * 40 + 40).join(' '));
const title = 'همکاری امنیتی پاکستان و ایالات متحده در مبارزه با تروریسم و تمویل گروه‌های مسلح در مناطق سرحدی';

beforeAll(async () => {
  database = await createTestDatabase();
  const fixture = ingested({
    file: 'long.txt',
    title,
    language: 'fa-AF',
    direction: 'rtl',
    paragraphs,
    countriesMentioned: ['PK', 'US', 'AF'],
    countryPair: ['PK', 'US'],
  });
  id = (await saveArticle(fixture.article, fixture.bytes, { actor: 'test' })).id;
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database.drop();
});

describe('article rows (migration 20261127130000)', () => {
  it('keep the long columns out of line and what lists and facets read in the row', async () => {
    const { rows } = await client.query(
      `SELECT pg_column_toast_chunk_id(paragraphs) IS NOT NULL AS paragraphs_out,
              pg_column_toast_chunk_id(search_folded) IS NOT NULL AS folded_out,
              search_exact IS NULL AS exact_shares_folded,
              pg_column_toast_chunk_id(title) IS NULL AS title_in,
              pg_column_toast_chunk_id(countries_mentioned) IS NULL AS countries_in,
              pg_column_toast_chunk_id(source) IS NULL AS source_in
       FROM article WHERE id = $1`,
      [id],
    );
    // Persian text folds the same both ways, so it has one vector (lib/search/write-keys.ts).
    expect(rows[0]).toMatchObject({
      paragraphs_out: true,
      folded_out: true,
      exact_shares_folded: true,
      title_in: true,
      countries_in: true,
      source_in: true,
    });
  });

  it('leave TOAST tables to vacuums for dead rows, not after every insert (migration 20261128000000)', async () => {
    const { rows } = await client.query<{ relname: string; options: string[] | null }>(
      `SELECT c.relname, t.reloptions AS options FROM pg_class c JOIN pg_class t ON t.oid = c.reltoastrelid
       WHERE c.relname IN ('article', 'raw_file') ORDER BY c.relname`,
    );
    expect(rows).toEqual([
      { relname: 'article', options: ['autovacuum_vacuum_insert_threshold=-1'] },
      { relname: 'raw_file', options: ['autovacuum_vacuum_insert_threshold=-1'] },
    ]);
  });

  it('give searches enough memory for exact bitmaps', async () => {
    const { rows } = await client.query(`SELECT current_setting('work_mem') AS work_mem`);
    expect(rows[0].work_mem).toBe('32MB');
  });
});
