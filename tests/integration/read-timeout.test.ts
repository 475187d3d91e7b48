import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb, readDb } from '../../lib/db/client';
import { isStatementTimeout } from '../../lib/db/read-timeout';
import { EMPTY_FILTERS } from '../../lib/articles/filters';
import { boundedAnswer, listWithinLimits, TOO_EXPENSIVE } from '../../lib/articles/too-expensive';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const previous = process.env.READ_STATEMENT_TIMEOUT_MS;
beforeAll(async () => {
  database = await createTestDatabase();
  await disconnectDb();
  process.env.READ_STATEMENT_TIMEOUT_MS = '300';
});
afterAll(async () => {
  await disconnectDb();
  if (previous === undefined) delete process.env.READ_STATEMENT_TIMEOUT_MS;
  else process.env.READ_STATEMENT_TIMEOUT_MS = previous;
  await database.drop();
});

describe('the read pool’s statement timeout', () => {
  it('stops a slow statement on the read pool, and PostgreSQL stops running it', async () => {
    const started = Date.now();
    const error = await readDb().$queryRaw`SELECT pg_sleep(5)::text AS slept`.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(isStatementTimeout(error)).toBe(true);
    const running = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(5)%' AND state = 'active'`;
    expect(running[0]!.n).toBe(0);
  });

  it('leaves the pool usable for the next quick read', async () => {
    const [row] = await readDb().$queryRaw<{ one: number }[]>`SELECT 1::int AS one`;
    expect(row!.one).toBe(1);
  });

  it('does not bound the primary used for writes and the admin', async () => {
    await expect(db().$queryRaw`SELECT pg_sleep(0.6)::text AS slept`).resolves.toBeDefined();
  });

  it('turns a timed-out endpoint into a 503 with a sentence saying how to narrow the request', async () => {
    const answer = await boundedAnswer(new Request('http://localhost/api/articles'), EMPTY_FILTERS, 'list', async () => {
      await readDb().$queryRaw`SELECT pg_sleep(5)::text AS slept`;
      return new Response('never');
    });
    expect(answer.status).toBe(503);
    // By then the statement timeout has stopped whatever ran.
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(await answer.json()).toEqual({ error: TOO_EXPENSIVE });
    expect(TOO_EXPENSIVE).toMatch(/Narrow it/);
  });

  it('gives the reading room no listing, rather than an error, when its query waits past the timeout', async () => {
    expect(await listWithinLimits(EMPTY_FILTERS)).toMatchObject({ listing: { total: 0 } });
    // A writer holding the table makes every read of it wait: the narrowest real slow listing. Other
    // filters than the first read's, whose counts are kept.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const writer = db().$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE article IN ACCESS EXCLUSIVE MODE`;
        locked();
        await held;
      },
      { timeout: 10_000 },
    );
    await lockTaken;
    try {
      expect(await listWithinLimits({ ...EMPTY_FILTERS, languages: ['en'] })).toEqual({ refused: 'too-expensive' });
    } finally {
      release();
      await writer;
    }
  });

  it('lets any other failure through', async () => {
    const answer = boundedAnswer(new Request('http://localhost/api/articles'), EMPTY_FILTERS, 'list', async () => {
      await readDb().$queryRaw`SELECT * FROM no_such_table`;
      return new Response('never');
    });
    await expect(answer).rejects.toThrow(/no_such_table/);
  });
});
