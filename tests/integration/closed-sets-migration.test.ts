import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../lib/db/migrate';
import { createTestDatabaseWithClient } from '../helpers/test-database';

const MIGRATION = '20261220090000_closed_sets';
const before = readMigrations().filter((m) => m.name < MIGRATION);
const rest = readMigrations().filter((m) => m.name >= MIGRATION);

let client: pg.Client;
let url: string;
let close: () => Promise<void>;

beforeEach(async () => {
  const made = await createTestDatabaseWithClient({ migrated: false });
  ({ client, close } = made);
  url = made.database.url;
  await migrate(url, before);
});
afterEach(async () => close());

// Varied text and its vector, so that compression alone cannot bring the row under the narrow layout's target.
const paragraphs = Array.from({ length: 3 }, (_, p) =>
  Array.from({ length: 60 }, (_, i) => `word${((p * 60 + i) * 7919) % 10007}`).join(' '),
);

async function insertArticle(id: string, values: { direction: string; status: string; precision: string | null }) {
  await client.query(
    `INSERT INTO article (id, title, language, direction, paragraphs, published_at, date_precision, body_hash, status, search_folded)
     VALUES ($1, 'A title', 'en', $2, $3, $4, $5, 'hash', $6, to_tsvector('simple', array_to_string($3::text[], ' ')))`,
    [id, values.direction, paragraphs, values.precision ? '2025-01-01' : null, values.precision, values.status],
  );
}

describe(`migration ${MIGRATION}`, () => {
  it('keeps every value, typed as the enums, and gives older rows the narrow layout', async () => {
    // Stored as before migration 20261127130000: the body stays in the row.
    await client.query('ALTER TABLE article RESET (toast_tuple_target)');
    await insertArticle('000000000001', { direction: 'rtl', status: 'unpublished', precision: 'month' });
    await client.query('ALTER TABLE article SET (toast_tuple_target = 128)');
    await insertArticle('000000000002', { direction: 'ltr', status: 'published', precision: null });
    await client.query(
      `INSERT INTO audit_entry (actor, action, article_id) VALUES ('a', 'unpublish', '000000000001'), ('b', 'bulk-generate', NULL)`,
    );
    const inline = `SELECT pg_column_toast_chunk_id(paragraphs) IS NULL AS inline FROM article WHERE id = '000000000001'`;
    expect((await client.query(inline)).rows[0].inline).toBe(true);

    await migrate(url, rest);

    const { rows } = await client.query(
      `SELECT id, direction, status, date_precision, pg_typeof(direction)::text AS d, pg_typeof(status)::text AS s, pg_typeof(date_precision)::text AS p
       FROM article ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: '000000000001',
        direction: 'rtl',
        status: 'unpublished',
        date_precision: 'month',
        d: 'text_direction',
        s: 'article_status',
        p: 'article_date_precision',
      },
      {
        id: '000000000002',
        direction: 'ltr',
        status: 'published',
        date_precision: null,
        d: 'text_direction',
        s: 'article_status',
        p: 'article_date_precision',
      },
    ]);
    const audit = await client.query(`SELECT action::text AS action, pg_typeof(action)::text AS type FROM audit_entry ORDER BY id`);
    expect(audit.rows).toEqual([
      { action: 'unpublish', type: 'audit_action' },
      { action: 'bulk-generate', type: 'audit_action' },
    ]);
    expect((await client.query(inline)).rows[0].inline).toBe(false);
    // The facet counts, kept by triggers, saw the published one only, before and after.
    const counts = await client.query(`SELECT count FROM facet_count WHERE facet = 'all' AND scope = '' AND month = -1`);
    expect(counts.rows).toEqual([{ count: 1 }]);
    await expect(client.query(`UPDATE article SET direction = 'up' WHERE id = '000000000002'`)).rejects.toThrow(
      /invalid input value for enum text_direction/,
    );
    const {
      rows: [fresh],
    } = await client.query(
      `INSERT INTO article (id, title, language, direction, paragraphs, body_hash) VALUES ('000000000003', 't', 'en', 'ltr', '{p}', 'h') RETURNING status`,
    );
    expect(fresh.status).toBe('published');
  });

  it('stops with a sentence, changing nothing, at an audit action it does not know', async () => {
    await client.query(`INSERT INTO audit_entry (actor, action) VALUES ('a', 'renamed')`);
    await expect(migrate(url, rest)).rejects.toThrow(/audit_entry holds actions this version does not know \(renamed\)/);
    const { rows } = await client.query(`SELECT pg_typeof(action)::text AS type FROM audit_entry`);
    expect(rows).toEqual([{ type: 'text' }]);
  });
});
