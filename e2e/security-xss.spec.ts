import { expect, test } from '@playwright/test';
import { BIDI, BIDI_CONTROLS, PAYLOADS, expectNothingInjected, watchDialogs } from './support/hostile';

// Reflected input: every hostile string goes through every parameter the pages and machine
// endpoints read from the address, and through paths. Nothing may run, be injected or reorder
// the layout. (Stored input is e2e/admin-security-xss.spec.ts.)

const HOSTILE_QUERIES = [...PAYLOADS, ...BIDI.map((control) => `${control}evil${control}txt.exe`)];
const PARAMETERS = ['q', 'pair', 'lang', 'country', 'source', 'from', 'to', 'undated', 'sort', 'page', 'after', 'before', 'unknown'];

function withEvery(value: string): string {
  const params = new URLSearchParams();
  for (const name of PARAMETERS) params.append(name, value);
  return params.toString();
}

for (const [index, value] of HOSTILE_QUERIES.entries()) {
  test(`reflected payload ${index + 1} in every parameter of the list and search pages`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const path of [
      `/en?${withEvery(value)}`,
      `/ar?q=${encodeURIComponent(value)}&source=${encodeURIComponent(value)}`,
      `/en/facets/source?${withEvery(value)}`,
      `/ar/compare?ids=${encodeURIComponent(value)}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectNothingInjected(page, dialogs);
    }
    // The search box shows the query back as typed, as a value, not markup.
    await page.goto(`/ar?q=${encodeURIComponent(value)}`);
    await expect(page.getByRole('searchbox').first()).toHaveValue(value.trim());
  });
}

test('hostile paths: article ids and slugs, unknown pages', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const value of [PAYLOADS[0], PAYLOADS[2], PAYLOADS[3], `${BIDI[0]}gnp.exe`]) {
    for (const path of [
      `/en/articles/${encodeURIComponent(value)}`,
      `/en/articles/abcdefghjkmn/${encodeURIComponent(value)}`,
      `/ar/${encodeURIComponent(value)}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectNothingInjected(page, dialogs);
    }
  }
});

test('machine endpoints answer hostile parameters with a 400 as JSON that a browser will not run', async ({ page, request }) => {
  const dialogs = watchDialogs(page);
  for (const value of HOSTILE_QUERIES) {
    for (const endpoint of ['/api/articles', '/api/articles/export', '/api/feed']) {
      const response = await request.get(`${endpoint}?pair=${encodeURIComponent(value)}`);
      expect(response.status()).toBe(400);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
    // A search for the payload is a normal answer in the endpoint's own type.
    const feed = await request.get(`/api/feed?q=${encodeURIComponent(value)}`);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect(xml).not.toMatch(/<(script|svg|img|iframe|math|x:script|a)\b/i);
    expect(xml).not.toMatch(BIDI_CONTROLS);
  }
  // Opened in the browser, an error answer and a feed stay inert documents.
  await page.goto(`/api/articles?pair=${encodeURIComponent(PAYLOADS[0])}`);
  await page.goto(`/api/feed?q=${encodeURIComponent(PAYLOADS[8])}`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
});
