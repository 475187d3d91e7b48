import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdmin } from '../../lib/auth/admins';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { disconnectDb } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// The cookies the route sees, set per test.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
  headers: async () => ({ get: () => null }),
}));

const { GET } = await import('../../app/api/health/route');

let database: TestDatabase;
let token: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const created = await createAdmin('health@example.org', 'a long enough password');
  if (created.status !== 'created') throw new Error(`admin not created: ${created.status}`);
  token = (await createSession(created.id)).token;
});
beforeEach(() => request.cookies.clear());
afterAll(async () => {
  await database.drop();
});

async function answer(): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
  const response = await GET();
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get('cache-control') };
}

describe('/api/health', () => {
  it('tells an anonymous caller only that the service is up', async () => {
    expect(await answer()).toEqual({ status: 200, body: { status: 'ok' }, cacheControl: 'no-store' });
  });

  it('treats an unknown or forged session as anonymous', async () => {
    request.cookies.set(SESSION_COOKIE, 'A'.repeat(43));
    expect((await answer()).body).toEqual({ status: 'ok' });
  });

  it('gives a signed-in admin the database details', async () => {
    request.cookies.set(SESSION_COOKIE, token);
    const { status, body } = await answer();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: { reachable: true, articles: 0 } });
  });

  it('answers 503 with the status and a sentence, nothing about the database, when it is unreachable', async () => {
    const previous = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = 'postgresql://someone:secret@127.0.0.1:1/nothing';
    try {
      const unavailable = { status: 'unavailable', error: 'The database does not answer; try again in a few seconds.' };
      expect(await answer()).toEqual({ status: 503, body: unavailable, cacheControl: 'no-store' });
      request.cookies.set(SESSION_COOKIE, token);
      expect(await answer()).toEqual({ status: 503, body: unavailable, cacheControl: 'no-store' });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = previous;
    }
  });
});
