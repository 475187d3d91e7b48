import { expect, test, type APIRequestContext } from '@playwright/test';

// Standard HTTP caching of the pages that are the same for every reader (lib/http/shared-page.ts,
// proxy.ts): an entity tag from the corpus version, 304 to a matching If-None-Match, and
// Cache-Control that lets a shared cache keep the page a few seconds. Everything personal stays
// private. The corpus changing under a tag is in admin-http-caching.spec.ts.

const SHARED = /^public, max-age=0, s-maxage=\d+, must-revalidate$/;
const PRIVATE = /^private, no-cache, no-store/;

// The list, a Dari filtered view, an Arabic article (the first one the Arabic list links to) and the compare page.
const PAGES: [string, (request: APIRequestContext) => Promise<string>][] = [
  ['/en', async () => '/en'],
  ['/fa?pair=AF-PK', async () => '/fa?pair=AF-PK'],
  [
    'an Arabic article',
    async (request) => /href="(\/ar\/articles\/[0-9a-z]{12}\/[^"?]+)/.exec(await (await request.get('/ar')).text())![1]!,
  ],
  ['/vi/compare', async () => '/vi/compare'],
];

for (const [name, address] of PAGES) {
  test(`${name} carries an entity tag and is answered 304 when it is unchanged`, async ({ request }) => {
    const first = await request.get(await address(request), { maxRedirects: 0 });
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{20,}"$/);
    expect(first.headers()['cache-control']).toMatch(SHARED);
    // A shared page sets no cookie of one reader.
    expect(first.headers()['set-cookie']).toBeUndefined();

    const again = await request.fetch(first.url(), { headers: { 'If-None-Match': etag! }, maxRedirects: 0 });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    expect(again.headers()['etag']).toBe(etag);
    expect(again.headers()['cache-control']).toMatch(SHARED);
    // The kept body keeps the policy its nonces were made for: a 304 must not replace it.
    expect(again.headers()['content-security-policy']).toBeUndefined();

    const other = await request.fetch(first.url(), { headers: { 'If-None-Match': 'W/"something-else"' }, maxRedirects: 0 });
    expect(other.status()).toBe(200);
    expect(other.headers()['etag']).toBe(etag);
  });
}

test('each address has its own tag, and both forms of a Dari address the same', async ({ request }) => {
  const tag = async (path: string) => (await request.get(path)).headers()['etag'];
  const all = await tag('/en');
  expect(await tag('/en?pair=PK-US')).not.toBe(all);
  expect(await tag('/vi')).not.toBe(all);
  expect(await tag('/en')).toBe(all);
  const dari = await tag('/fa');
  expect(await tag('/fa-AF')).toBe(dari);
});

test('personal requests are private and never answered 304', async ({ request }) => {
  const etag = (await request.get('/en')).headers()['etag']!;
  for (const cookie of ['rr_session=abc', '__Host-rr_session=abc', 'rr-read-primary=1']) {
    const response = await request.get('/en', { headers: { Cookie: cookie, 'If-None-Match': etag } });
    expect(response.status(), cookie).toBe(200);
    expect(response.headers()['etag'], cookie).toBeUndefined();
    expect(response.headers()['cache-control'], cookie).toMatch(PRIVATE);
  }
  const admin = await request.get('/en/admin/login', { headers: { 'If-None-Match': etag } });
  expect(admin.status()).toBe(200);
  expect(admin.headers()['etag']).toBeUndefined();
  expect(admin.headers()['cache-control']).toMatch(PRIVATE);
  // An in-app navigation's payload depends on the browser's router state; the browser fetches it.
  const rsc = await request.get('/en', { headers: { RSC: '1', 'Sec-Fetch-Dest': 'empty' } });
  expect(rsc.headers()['etag']).toBeUndefined();
});

test('a page the browser revalidates still runs its scripts, and remembers the language', async ({ page, context }) => {
  // What went over the wire, as Chromium's network layer saw it: Playwright reports a revalidated
  // page with the kept answer's status, 200, and without the conditional header the cache added.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const wire: { tag: string; status: number }[] = [];
  const tagsById = new Map<string, string>();
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const headers = Object.fromEntries(Object.entries(event.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    if (headers[':path'] === '/vi' || headers['sec-fetch-dest'] === 'document')
      tagsById.set(event.requestId, headers['if-none-match'] ?? '');
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    if (tagsById.has(event.requestId)) wire.push({ tag: tagsById.get(event.requestId)!, status: event.statusCode });
  });

  await page.goto('/vi');
  // The cookie is written by the page's own script (components/layout/remember-locale.tsx).
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('vi');
  await context.clearCookies();
  await page.reload();
  // Chromium sends the tag it kept, the server confirms it, and the kept page's scripts run again.
  await expect.poll(() => wire.at(-1)?.status).toBe(304);
  expect(wire.at(-1)!.tag).toMatch(/^W\//);
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('vi');
  const box = page.getByRole('searchbox').first();
  await box.fill('an ninh');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=an(\+|%20)ninh/);
});
