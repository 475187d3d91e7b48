import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { PAGE_CACHE_HEADER } from '../../lib/ops/page-cache';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ADMIN, ADMIN_ENV, articleFile, freePort, launchChromium, publish, signIn } from './helpers';

// The production server keeps rendered pages (lib/ops/page-cache.ts): what a reader gets from it
// must be what a render would give, with a nonce of its own, and never older than the corpus.
let database: TestDatabase;
let app: AppProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: ADMIN_ENV });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')![1]!;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, { headers });
  expect(response.status).toBe(200);
  return { response, text: await response.text(), hit: response.headers.get(PAGE_CACHE_HEADER) === 'hit' };
}

it('gives a page rendered once again, with a fresh nonce, and the same page otherwise', async () => {
  const first = await get('/en?pair=PK-US');
  const second = await get('/en?pair=PK-US');
  expect(first.hit).toBe(false);
  expect(second.hit).toBe(true);
  const [a, b] = [nonceOf(first.response), nonceOf(second.response)];
  expect(a).not.toBe(b);
  expect(second.text).toContain(`nonce="${b}"`);
  expect(second.text).not.toContain(a);
  expect(second.text).toBe(first.text.replaceAll(a, b));
  for (const header of ['x-frame-options', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'content-type']) {
    expect(second.response.headers.get(header), header).toBe(first.response.headers.get(header));
  }
});

it('serves a kept page that a browser runs: its scripts allowed by the policy, navigation in place, the navigation kept too', async () => {
  await get('/en');
  const browser = await launchChromium();
  try {
    const visit = async () => {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const navigations: (string | undefined)[] = [];
      page.on('response', (response) => {
        if (response.request().headers()['rsc'] === '1') navigations.push(response.headers()[PAGE_CACHE_HEADER.toLowerCase()]);
      });
      const response = await page.goto(`${app.url}/en`);
      expect(response?.headers()[PAGE_CACHE_HEADER.toLowerCase()]).toBe('hit');
      // A click that navigates without loading a new document needs the page's scripts running.
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      await page.locator('[data-article-id] h3 a').first().click();
      await page.waitForURL(/\/en\/articles\//);
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(violations).toEqual([]);
      await page.close();
      return navigations;
    };
    // The same click from the same page: the second reader's navigation is answered from the first's render.
    expect(await visit()).toEqual([undefined]);
    expect(await visit()).toEqual(['hit']);
  } finally {
    await browser.close();
  }
});

it('renders again after a publish: the new article is on the next page, not a kept older one', async () => {
  await get('/en?pair=PK-US');
  expect((await get('/en?pair=PK-US')).hit).toBe(true);
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  const published = (await (await publish(app.url, cookie, 'page-cache.txt', articleFile('kept pages follow the corpus'))).json()) as { status: string };
  expect(published.status).toBe('published');
  const after = await get('/en?pair=PK-US');
  expect(after.hit).toBe(false);
  expect(after.text).toContain('kept pages follow the corpus');
  expect((await get('/en?pair=PK-US')).hit).toBe(true);
  const feed = await get('/api/feed?pair=PK-US');
  expect(feed.text).toContain('kept pages follow the corpus');
});

it('never gives a signed-in admin a kept page', async () => {
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  await get('/en');
  const signedIn = await get('/en', { cookie });
  expect(signedIn.hit).toBe(false);
  const again = await get('/en', { cookie });
  expect(again.hit).toBe(false);
});

it('never keeps the not-found page the server asks itself for: a missing address stays a 404', async () => {
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${app.url}/fa/no-such-page-${'x'.repeat(3)}`);
    expect(response.status).toBe(404);
    expect(response.headers.get(PAGE_CACHE_HEADER)).toBeNull();
    expect(await response.text()).toMatch(/<html lang="fa-AF" dir="rtl">/);
  }
  // The not-found page's own address answers 404 too, and is not kept as a page.
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${app.url}/en/missing`);
    expect(response.status).toBe(404);
    expect(response.headers.get(PAGE_CACHE_HEADER)).toBeNull();
  }
});
