import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { disconnectDb } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test's database with whatever is still connected to it. FORCE ends the connections a
 * test left open, but refuses (insufficient privilege) when one of them is an autovacuum worker,
 * which after a bulk load of generated articles may be running, as the admin role is no superuser.
 * A plain DROP ends autovacuum workers itself and waits a few seconds for other sessions, so it
 * is tried then, until they have gone.
 */
async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      // 55006: still in use by other sessions.
      if ((error as { code?: string }).code !== '55006' || attempt === 5) throw error;
    }
  }
}

/** An empty database of its own for one test file; `migrated` applies the project's migrations. */
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(inject('adminDatabaseUrl'), name);
  if (migrated) await migrate(url);
  process.env.DATABASE_URL = url;
  return {
    url,
    drop: async () => {
      await disconnectDb();
      await admin((client) => dropDatabase(client, name));
    },
  };
}

/** A test database and one `pg` client on it, for tests that speak SQL directly; `close` ends the client and drops the database. */
export async function createTestDatabaseWithClient(
  options: { migrated?: boolean } = {},
): Promise<{ database: TestDatabase; client: pg.Client; close: () => Promise<void> }> {
  const database = await createTestDatabase(options);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    database,
    client,
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}
