import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../lib/db/migrate';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(async () => {
  await database.drop();
});

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('migrator', () => {
  it('migrates an empty database, then finds nothing to do on the second run', async () => {
    const all = readMigrations();
    expect(all.length).toBeGreaterThan(0);

    const first = await migrate(database.url);
    expect(first.applied).toEqual(all.map((m) => m.name));
    expect(await tables(database.url)).toEqual(expect.arrayContaining(['_migrations', 'article', 'audit_entry', 'raw_file']));

    const second = await migrate(database.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(all.length);
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(database.url, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it('rolls back a failing migration completely and records nothing', async () => {
    const broken = [
      ...readMigrations(),
      { name: '99999999999999_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();', checksum: 'x' },
    ];
    await expect(migrate(database.url, broken)).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
    expect(await tables(database.url)).not.toContain('half_done');
    const again = await migrate(database.url);
    expect(again.applied).toEqual([]);
  });
});
