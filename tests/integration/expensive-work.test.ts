import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disconnectDb, readDb } from '../../lib/db/client';
import { asExpensiveWork } from '../../lib/db/expensive-work';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const previous = process.env.EXPENSIVE_REQUESTS_AT_ONCE;
beforeAll(async () => {
  database = await createTestDatabase();
  await disconnectDb();
  process.env.EXPENSIVE_REQUESTS_AT_ONCE = '1';
});
afterAll(async () => {
  await disconnectDb();
  if (previous === undefined) delete process.env.EXPENSIVE_REQUESTS_AT_ONCE;
  else process.env.EXPENSIVE_REQUESTS_AT_ONCE = previous;
  await database.drop();
});

const parallelWorkers = async () =>
  (await readDb().$queryRaw<{ max_parallel_workers_per_gather: string }[]>`SHOW max_parallel_workers_per_gather`)[0]!
    .max_parallel_workers_per_gather;
const backend = async () => (await readDb().$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;

describe('expensive work’s connections', () => {
  it('run each statement on one core, on connections the cheap reads do not share', async () => {
    expect(await asExpensiveWork(parallelWorkers)).toBe('0');
    expect(await parallelWorkers()).not.toBe('0');
    expect(await asExpensiveWork(backend)).not.toBe(await backend());
  });

  it('are as many as EXPENSIVE_REQUESTS_AT_ONCE: statements beyond wait, cheap reads do not', async () => {
    const sleeping = asExpensiveWork(() => readDb().$queryRaw`SELECT pg_sleep(0.6)::text AS slept`);
    const started = Date.now();
    await backend();
    expect(Date.now() - started).toBeLessThan(400);
    await asExpensiveWork(backend);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    await sleeping;
  });
});
