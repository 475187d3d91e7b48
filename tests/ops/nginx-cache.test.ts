import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { startNginx, type RunningNginx } from '../../bench/lib/nginx';
import { SHARED_PAGE_SECONDS } from '../../lib/http/shared-page';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ADMIN, ADMIN_ENV, articleFile, freePort, publish, signIn } from './helpers';

// The nginx configuration the deployment guide gives (deploy/nginx/reading-room.conf), run by a
// real nginx from Debian in front of a production server (bench/lib/nginx.ts): pages the same for
// every reader are kept and revalidated with their ETag, a signed-in admin's are not, and a
// publish shows once the kept copy has expired.

let database: TestDatabase;
let app: AppProcess;
let nginx: RunningNginx;
let base: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: { ...ADMIN_ENV, TRUSTED_PROXY_HOPS: '1' } });
  nginx = await startNginx({ upstreamPort: Number(new URL(app.url).port), port: await freePort() });
  base = nginx.url;
});
afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
  await database?.drop();
});

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pathname}`, { headers });
  return { response, status: response.headers.get('x-cache-status'), text: await response.text() };
}

const expired = () => new Promise((resolve) => setTimeout(resolve, (SHARED_PAGE_SECONDS + 1) * 1000));

it('keeps a public page, then revalidates it with its ETag once it has expired', async () => {
  const first = await get('/en?pair=PK-US');
  expect(first.response.status).toBe(200);
  expect(first.status).toBe('MISS');
  const second = await get('/en?pair=PK-US');
  expect(second.status).toBe('HIT');
  // The kept page is the same answer, nonces and policy included, so its scripts still run.
  expect(second.text).toBe(first.text);
  expect(second.response.headers.get('content-security-policy')).toBe(first.response.headers.get('content-security-policy'));
  await expired();
  const third = await get('/en?pair=PK-US');
  expect(third.status).toBe('REVALIDATED');
  expect(third.text).toBe(first.text);
  // nginx's own log agrees (the load test reads the hit rate from it).
  expect(nginx.cacheStatuses()).toEqual({ MISS: 1, HIT: 1, REVALIDATED: 1 });
});

it("passes a signed-in admin's requests through, unkept", async () => {
  await get('/vi');
  const kept = await get('/vi');
  expect(kept.status).toBe('HIT');
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  const own = await get('/vi', { cookie });
  expect(own.status).toBe('BYPASS');
  expect(own.response.headers.get('cache-control')).toMatch(/^private/);
  // And what was rendered for the admin was not kept for the next reader.
  const next = await get('/vi');
  expect(next.status).toBe('HIT');
  expect(next.text).toBe(kept.text);
});

it('shows a published article once the kept list has expired', async () => {
  const tag = `nginx${Date.now().toString(36)}`;
  const before = await get(`/en?q=${tag}`);
  expect(before.text).not.toContain(`cooperation ${tag}`);
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  expect((await publish(app.url, cookie, `${tag}.txt`, articleFile(tag))).status).toBe(200);
  await expired();
  const after = await get(`/en?q=${tag}`);
  expect(after.status).toBe('EXPIRED');
  expect(after.text).toContain(`cooperation ${tag}`);
});
