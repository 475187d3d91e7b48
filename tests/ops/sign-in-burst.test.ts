import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ADMIN, ADMIN_ENV, freePort, sql } from './helpers';

// A burst of wrong passwords for one account, each from its own address, against the production
// server behind one (pretended) reverse proxy: the throttle must let at most five be checked.
let database: TestDatabase;
let app: AppProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: { ...ADMIN_ENV, TRUSTED_PROXY_HOPS: '1' } });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** The login form's hidden fields (the server action's), as a browser without JavaScript posts them. */
async function hiddenFields(): Promise<[string, string][]> {
  const html = await (await fetch(`${app.url}/en/admin/login`)).text();
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((match) => [
    match[1]!,
    (match[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  ]);
}

function postSignIn(fields: [string, string][], password: string, forwardedFor: string): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append('email', ADMIN.email);
  form.append('password', password);
  return fetch(`${app.url}/en/admin/login`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { origin: app.url, 'x-forwarded-for': forwardedFor },
  });
}

// Each password check leaves one row under the account's key; a refused attempt leaves none.
const attemptRows = () =>
  sql<{ key: string; success: boolean }>(database.url, 'SELECT key, success FROM sign_in_attempt WHERE key = $1 OR key LIKE $2', [
    `email:${ADMIN.email}`,
    'ip:%',
  ]);

it('checks at most five of 60 parallel wrong passwords from 60 addresses, then refuses the right one with a clear message', async () => {
  const fields = await hiddenFields();
  // Each client wrote a made-up address; the proxy appended the one it saw, which alone counts.
  const responses = await Promise.all(
    Array.from({ length: 60 }, (_, i) => postSignIn(fields, `wrong password ${i}`, `203.0.113.66, 198.51.100.${i + 1}`)),
  );
  const pages = await Promise.all(responses.map((response) => response.text()));
  expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
  expect(responses.flatMap((response) => response.headers.getSetCookie()).filter((cookie) => cookie.includes('rr_session='))).toEqual([]);
  expect(pages.map((page) => /data-state="(?:invalid|locked)"/.test(page))).toEqual(pages.map(() => true));

  const rows = await attemptRows();
  const checked = rows.filter((row) => row.key.startsWith('email:'));
  expect(checked.length).toBeGreaterThan(0);
  expect(checked.length).toBeLessThanOrEqual(5);
  expect(checked.every((row) => !row.success)).toBe(true);
  const addresses = rows.filter((row) => row.key.startsWith('ip:')).map((row) => row.key.slice(3));
  expect(addresses).toHaveLength(checked.length);
  for (const address of addresses) expect(address).toMatch(/^198\.51\.100\.\d+$/);

  // Locked now: the right password, from a fresh address, is refused without being checked.
  const right = await postSignIn(fields, ADMIN.password, '198.51.100.200');
  const page = await right.text();
  expect(right.headers.getSetCookie().filter((cookie) => cookie.includes('rr_session='))).toEqual([]);
  expect(page).toContain('data-state="locked"');
  expect(page).toMatch(/Too many failed sign-ins\. Try again in 1[45] minutes\./);
  expect((await attemptRows()).filter((row) => row.key.startsWith('email:'))).toHaveLength(checked.length);
});
