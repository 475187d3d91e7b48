import { expect, test } from '@playwright/test';

test('the filtered view is available as JSON with facet counts', async ({ request }) => {
  const response = await request.get('/api/articles?pair=PK-US&lang=vi');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.total).toBe(1);
  expect(body.items[0]).toMatchObject({ language: 'vi', countryPair: ['PK', 'US'], dateText: 'ngày 13/1', publishedAt: null });
  expect(body.facets.pairs).toEqual(
    expect.arrayContaining([
      { value: 'PK-US', count: 1 },
      { value: 'RU-US', count: 1 },
      { value: 'IR-PK', count: 1 },
    ]),
  );
  expect(body.facets.countries).toEqual(expect.arrayContaining([{ value: 'AF', count: 1 }]));
});

test('bad parameters get a 400 with a clear message', async ({ request }) => {
  const response = await request.get("/api/articles?pair=PK-US'%20OR%201=1--");
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatch(/^Invalid value: pair=/);
});

test('a page past the deepest numbered one needs the after= cursor; the last page has no next', async ({ request }) => {
  const deep = await request.get('/api/articles?page=51');
  expect(deep.status()).toBe(400);
  expect((await deep.json()).error).toMatch(/^page=51 is past page 50.*after=/);
  // The fixtures fit on one page: there is no next one (lib/articles/next-page.test.ts covers the cursor).
  const only = await (await request.get('/api/articles?pair=PK-US&lang=vi')).json();
  expect(only.next).toBeNull();
});

test('CSV export follows the filters and is safe for spreadsheets', async ({ request }) => {
  const response = await request.get('/api/articles/export?pair=PK-US');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const body = (await response.body()).toString('utf8');
  expect(body.startsWith('\uFEFF')).toBe(true);
  const lines = body.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'id,title,language,published_at,date_as_printed,calendar,source,author,country_pair,countries_mentioned,first_paragraph',
  );
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).every((line) => line.includes(',PK-US,'))).toBe(true);
});

test('an Atom feed per country pair', async ({ request }) => {
  const response = await request.get('/api/feed?pair=IR-PK');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml.match(/<entry /g)).toHaveLength(1);
  expect(xml).toContain('<title>Iran và Pakistan kí thỏa thuận an ninh</title>');
  expect(xml).toContain('<entry xml:lang="vi">');
});
