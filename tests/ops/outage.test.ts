import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { freePort, ownPostgres, type OwnPostgres } from './helpers';

let database: OwnPostgres;
let app: AppProcess;

beforeAll(async () => {
  database = await ownPostgres();
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url });
});
afterAll(async () => {
  await app?.stop();
  await database?.remove();
});

const get = async (path: string) => {
  const response = await fetch(app.url + path, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

// What must never reach a reader: a stack frame, the database driver's words, a connection string.
const LEAKS = /\n\s+at |PrismaClient|DriverAdapterError|ECONNREFUSED|postgres(ql)?:\/\/|57P01/;

it('answers a clean 503 while PostgreSQL is down and recovers by itself when it is back', async () => {
  expect((await get('/en')).status).toBe(200);
  const pid = app.child.pid;

  // Requests already inside the app when PostgreSQL goes away fail there: Next answers them with
  // its own error page (answers are never rewritten on their way out), which says nothing of
  // the failure.
  const inFlight = Array.from({ length: 12 }, (_, i) => get(`/en?q=${i % 2 ? 'talks' : 'security'}&page=${1 + (i % 3)}`));
  await database.stop();
  const stoppedAt = Date.now();
  for (const page of await Promise.all(inFlight)) {
    expect([200, 500, 503]).toContain(page.status);
    expect(page.body).not.toMatch(LEAKS);
  }
  const duringOutage: { status: number; body: string }[] = [];
  let first503: number | null = null;
  while (Date.now() - stoppedAt < 5000) {
    const page = await get('/en');
    duringOutage.push(page);
    if (page.status === 503) {
      first503 ??= Date.now() - stoppedAt;
      if (duringOutage.filter((p) => p.status === 503).length >= 3) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(first503, 'a 503 within 5 s of the stop').not.toBeNull();
  // A request that reached the app before the monitor noticed may have failed inside it, with
  // Next's error page; once the proxy knows, every request gets the 503 page.
  const noticed = duringOutage.findIndex((page) => page.status === 503);
  for (const [i, page] of duringOutage.entries()) {
    expect(page.status).toBe(i < noticed ? 500 : 503);
    expect(page.body).not.toMatch(LEAKS);
  }

  const en = await get('/en?pair=PK-US');
  expect(en.status).toBe(503);
  expect(en.headers.get('retry-after')).toBe('5');
  expect(en.headers.get('content-type')).toMatch(/text\/html/);
  expect(en.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(en.headers.get('x-content-type-options')).toBe('nosniff');
  expect(en.body).toContain('<html lang="en" dir="ltr">');
  expect(en.body).toContain('The reading room is unavailable for a moment');
  expect(en.body).not.toMatch(LEAKS);
  const fa = await get('/fa/articles/abc');
  expect(fa.status).toBe(503);
  expect(fa.body).toContain('<html lang="fa-AF" dir="rtl">');
  const api = await get('/api/articles?pair=PK-US');
  expect(api.status).toBe(503);
  expect(JSON.parse(api.body)).toMatchObject({ status: 'unavailable' });

  await database.start();
  const restartedAt = Date.now();
  let recoveredAfter: number | null = null;
  while (Date.now() - restartedAt < 10_000) {
    if ((await get('/en')).status === 200) {
      recoveredAfter = Date.now() - restartedAt;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(recoveredAfter, 'serving again within 10 s of the restart').not.toBeNull();
  expect(recoveredAfter!).toBeLessThan(5000);
  // Same process: the server recovered without a restart, and keeps serving pages and the API.
  expect(app.child.pid).toBe(pid);
  expect(app.child.exitCode).toBeNull();
  for (const path of ['/en', '/fa', '/api/articles']) expect((await get(path)).status, path).toBe(200);
  console.log(
    `outage: first 503 after ${first503} ms, ${duringOutage.length} requests during the outage; recovered ${recoveredAfter} ms after PostgreSQL was back`,
  );
});

it('opens the Dari interface at a bare /fa, without a locale cookie', async () => {
  const page = await get('/fa');
  expect(page.status).toBe(200);
  expect(page.body).toContain('<html lang="fa-AF" dir="rtl">');
  const deeper = await get('/fa/admin/login');
  expect(deeper.status).toBe(200);
  expect(deeper.body).toContain('<html lang="fa-AF" dir="rtl">');
});
