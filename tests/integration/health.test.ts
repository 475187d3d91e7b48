import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disconnectDb } from '../../lib/db/client';
import { ensureDatabase } from '../../lib/db/embedded';
import { databaseHealth } from '../../lib/db/health';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('databaseHealth', () => {
  it('reports a reachable, migrated database', async () => {
    const health = await databaseHealth();
    expect(health).toMatchObject({ reachable: true, articles: 0 });
    expect(health.reachable && health.migrations).toBeGreaterThan(0);
  });

  it('reports an unreachable one without throwing or leaking the connection string', async () => {
    const previous = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = 'postgresql://someone:secret@127.0.0.1:1/nothing';
    try {
      const health = await databaseHealth();
      expect(health.reachable).toBe(false);
      expect(JSON.stringify(health)).not.toContain('secret');
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = previous;
    }
  });
});

describe('ensureDatabase', () => {
  it('uses DATABASE_URL as given and starts nothing', async () => {
    const handle = await ensureDatabase();
    expect(handle).toMatchObject({ url: process.env.DATABASE_URL, embedded: false });
    await handle.stop();
  });
});
