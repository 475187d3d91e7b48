import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ADMIN, ADMIN_ENV, articleFile, freePort, publish, signIn } from './helpers';

let database: TestDatabase;
let a: AppProcess;
let b: AppProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  // One after the other: the first seeds the empty database, the second finds it seeded.
  a = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: ADMIN_ENV });
  b = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: ADMIN_ENV });
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await database?.drop();
});

const listing = async (app: AppProcess) =>
  (await (await fetch(`${app.url}/api/articles?pair=PK-US`)).json()) as { total: number; items: { id: string }[] };

it('two instances on one PostgreSQL serve the same data, share sessions, and see each other’s uploads at once', async () => {
  const fromA = await listing(a);
  expect(fromA.total).toBeGreaterThan(0);
  expect(await listing(b)).toEqual(fromA);

  // Signed in on A, the session works on B; nothing about it lives in either process.
  const cookie = await signIn(a.url, ADMIN.email, ADMIN.password);
  const adminOnB = await fetch(`${b.url}/en/admin/articles`, { headers: { cookie }, redirect: 'manual' });
  expect(adminOnB.status).toBe(200);
  expect(await adminOnB.text()).toContain(ADMIN.email);
  expect((await fetch(`${b.url}/en/admin/articles`, { redirect: 'manual' })).status).toBe(307);

  // Published through B with that session, readable on A in the very next request.
  const response = await publish(b.url, cookie, 'two-instances.txt', articleFile('seen on both instances'));
  const published = (await response.json()) as { status: string; id: string };
  expect(published.status).toBe('published');
  const page = await fetch(`${a.url}/en/articles/${published.id}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('seen on both instances');
  const after = await listing(a);
  expect(after.total).toBe(fromA.total + 1);
  expect(after.items.map((item) => item.id)).toContain(published.id);
});
