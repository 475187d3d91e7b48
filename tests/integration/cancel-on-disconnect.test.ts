import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../lib/articles/filters';
import { boundedAnswer } from '../../lib/articles/too-expensive';
import { cancellablePool, cancelOnDisconnect, RequestAbandoned } from '../../lib/db/cancel-on-disconnect';
import { db, disconnectDb, readDb } from '../../lib/db/client';
import { isStatementTimeout } from '../../lib/db/read-timeout';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await disconnectDb();
});
afterAll(async () => {
  await disconnectDb();
  await database.drop();
});

/** Statements of this test's marker running now, as PostgreSQL sees them. */
async function running(marker: string): Promise<number> {
  const rows = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE state = 'active' AND query LIKE ${`%${marker}%`} AND pid <> pg_backend_pid()`;
  return rows[0]!.n;
}

const untilRunning = async (marker: string) => {
  await expect.poll(() => running(marker), { timeout: 5000, interval: 50 }).toBe(1);
};

describe('cancelling a request’s statements when its client goes away', () => {
  it('cancels a running statement in PostgreSQL through the pool Prisma uses', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const sleeping = cancelOnDisconnect(controller.signal, () => readDb().$queryRaw`SELECT pg_sleep(20)::text AS one_cancelled`).then(
      () => null,
      (error: unknown) => error,
    );
    await untilRunning('one_cancelled');
    controller.abort();
    const error = await sleeping;
    // PostgreSQL's query_canceled, long before the sleep or the statement timeout would end it.
    expect(isStatementTimeout(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(await running('one_cancelled')).toBe(0);
  });

  it('cancels every statement a request runs at once, and starts none after the abort', async () => {
    const controller = new AbortController();
    let afterwards: unknown = null;
    const work = cancelOnDisconnect(controller.signal, async () => {
      await Promise.allSettled([
        readDb().$queryRaw`SELECT pg_sleep(20)::text AS both_cancelled`,
        readDb().$queryRaw`SELECT pg_sleep(20)::text AS both_cancelled`,
      ]);
      afterwards = await readDb().$queryRaw`SELECT 1::int AS never_started`.then(
        () => null,
        (error: unknown) => error,
      );
    });
    await expect.poll(() => running('both_cancelled'), { timeout: 5000, interval: 50 }).toBe(2);
    controller.abort();
    await work;
    expect(await running('both_cancelled')).toBe(0);
    expect(afterwards).toBeInstanceOf(RequestAbandoned);
  });

  it('leaves the pool’s connections usable, and statements outside a request untouched', async () => {
    const [row] = await readDb().$queryRaw<{ one: number }[]>`SELECT 1::int AS one`;
    expect(row!.one).toBe(1);
    const controller = new AbortController();
    controller.abort();
    // Another request's statement on the same pool runs on while this aborted one is refused.
    const other = cancelOnDisconnect(
      new AbortController().signal,
      () => readDb().$queryRaw<{ slept: string }[]>`SELECT pg_sleep(0.3)::text AS slept`,
    );
    await expect(cancelOnDisconnect(controller.signal, () => readDb().$queryRaw`SELECT 1`)).rejects.toBeInstanceOf(RequestAbandoned);
    await expect(other).resolves.toEqual([{ slept: '' }]);
  });

  it('does not cancel a connection once it is back in the pool and serving someone else', async () => {
    // One connection only: the aborted request's connection is the next request's.
    const pool = cancellablePool({ connectionString: database.url, max: 1 });
    try {
      const controller = new AbortController();
      await cancelOnDisconnect(controller.signal, () => pool.query('SELECT 1'));
      const next = pool.query<{ slept: string }>('SELECT pg_sleep(0.5)::text AS slept');
      controller.abort();
      await expect(next).resolves.toMatchObject({ rows: [{ slept: '' }] });
    } finally {
      await pool.end();
    }
  });

  it('turns a machine endpoint’s abandoned answer into a quiet 499, not an error', async () => {
    const controller = new AbortController();
    const request = new Request('http://localhost/api/articles', { signal: controller.signal });
    const answer = boundedAnswer(request, EMPTY_FILTERS, 'list', async () => {
      await readDb().$queryRaw`SELECT pg_sleep(20)::text AS endpoint_cancelled`;
      return new Response('never');
    });
    await untilRunning('endpoint_cancelled');
    controller.abort();
    expect((await answer).status).toBe(499);
    expect(await running('endpoint_cancelled')).toBe(0);
  });
});

describe('a pool used without a request', () => {
  it('runs statements as a plain pool does', async () => {
    const pool = cancellablePool({ connectionString: database.url, max: 2 });
    try {
      const client = await pool.connect();
      client.release();
      const { rows } = await pool.query<{ n: number }>('SELECT 2::int AS n');
      expect(rows).toEqual([{ n: 2 }]);
      expect(pool).toBeInstanceOf(pg.Pool);
    } finally {
      await pool.end();
    }
  });
});
