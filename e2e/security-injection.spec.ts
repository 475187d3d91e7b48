import { expect, test, type APIRequestContext } from '@playwright/test';
import { INJECTIONS } from './support/injections';

// Every query parameter of every public route gets every injection string: the answer is a 4xx
// with a message or a normal page, never a 5xx or a slow one, and the data is the same afterwards.

const PARAMETERS = ['q', 'pair', 'lang', 'country', 'source', 'from', 'to', 'undated', 'sort', 'page', 'after', 'before'];

async function state(request: APIRequestContext) {
  const listing = await (await request.get('/api/articles?sort=date')).json();
  return { articles: listing.total, ids: listing.items.map((item: { id: string }) => item.id), facets: listing.facets };
}

test('machine endpoints: a 400 with a message, or a normal answer; never a 5xx', async ({ request }) => {
  test.slow();
  const before = await state(request);
  for (const endpoint of ['/api/articles', '/api/articles/export', '/api/feed']) {
    for (const name of [...PARAMETERS, "name'; --"]) {
      for (const value of INJECTIONS) {
        const started = Date.now();
        const response = await request.get(`${endpoint}?${new URLSearchParams([[name, value]])}`);
        const label = `${endpoint} ${name}=${value}`;
        expect(Date.now() - started, label).toBeLessThan(4_000);
        expect([200, 400], label).toContain(response.status());
        if (response.status() === 400)
          expect((await response.json()).error, label).toMatch(/^(Invalid value|Invalid parameter|Unknown parameter)/);
        // Free text is data: nothing in the seeded corpus contains these strings.
        else if (endpoint === '/api/articles' && name === 'source') expect((await response.json()).total, label).toBe(0);
      }
    }
  }
  expect(await state(request)).toEqual(before);
});

test('pages and article addresses: a normal page or a 404, never a 5xx', async ({ request }) => {
  test.slow();
  const before = await state(request);
  const id = before.ids[0];
  for (const value of INJECTIONS) {
    for (const name of PARAMETERS) {
      for (const path of ['/en', `/ar/articles/${id}`]) {
        const response = await request.get(`${path}?${new URLSearchParams([[name, value]])}`);
        expect(response.status(), `${path} ${name}=${value}`).toBe(200);
      }
    }
    for (const path of [`/en/articles/${encodeURIComponent(value)}`, `/en/articles/${id}/${encodeURIComponent(value)}`]) {
      expect([200, 404], path).toContain((await request.get(path)).status());
    }
  }
  expect(await state(request)).toEqual(before);
});
