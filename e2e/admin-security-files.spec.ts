import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { watchDialogs } from './support/hostile';
import { signIn } from './support/admin';

// Uploaded files come back only as downloads: an HTML or SVG file full of script, named to
// look harmless, is handed back as opaque bytes that no browser renders. Runs on the admin
// server; stores under the pair IS-EE.

const HTML = Buffer.from(
  [
    '<html><body><script>alert("stored file ran")</script><svg onload="alert(1)"></svg>',
    '<h1>Iceland and Estonia expand cyber security cooperation</h1>',
    '<p>Officials from Iceland and Estonia agreed in Tallinn to expand cooperation against cyber attacks and terrorism financing.</p>',
    '<p>The agreement covers joint exercises, intelligence sharing and training for police units in both countries.</p>',
    '</body></html>',
  ].join('\n'),
  'utf8',
);

test('an uploaded HTML file is handed back as an attachment of opaque bytes, identical to what was sent', async ({ page, browser }) => {
  await signIn(page);
  const published = await page.request.post('/api/admin/publish', {
    multipart: { file: { name: 'report\u202Elmth.svg', mimeType: 'text/html', buffer: HTML }, pairA: 'IS', pairB: 'EE' },
  });
  expect(published.status()).toBe(200);
  const { id, status } = await published.json();
  expect(status).toBe('published');

  const download = await page.request.get(`/api/admin/articles/${id}/raw`);
  expect(download.status()).toBe(200);
  const headers = download.headers();
  expect(headers['content-type']).toBe('application/octet-stream');
  expect(headers['content-disposition']).toBe(`attachment; filename="reportlmth.svg"; filename*=UTF-8''reportlmth.svg`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain('sandbox');
  const body = await download.body();
  expect(createHash('sha256').update(body).digest('hex')).toBe(createHash('sha256').update(HTML).digest('hex'));
  expect(headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(HTML).digest('base64')}:`);

  // Opened in the browser it is saved, not shown: no dialog, no page with its markup.
  const dialogs = watchDialogs(page);
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((href) => {
      location.href = href;
    }, `/api/admin/articles/${id}/raw`),
  ]);
  expect(saved.suggestedFilename()).toBe('reportlmth.svg');
  expect(dialogs).toEqual([]);

  // The edit page links to it.
  await page.goto(`/en/admin/articles/${id}/edit`);
  const link = page.getByTestId('download-original');
  await expect(link).toContainText('Download the original file');
  const [fromLink] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(
    createHash('sha256')
      .update(await readFile((await fromLink.path())!))
      .digest('hex'),
  ).toBe(createHash('sha256').update(HTML).digest('hex'));

  // Only for admins; a bad or unknown id is a 4xx with a sentence.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/admin/articles/${id}/raw`)).status()).toBe(401);
  await anonymous.close();
  const bad = await page.request.get(`/api/admin/articles/${encodeURIComponent("' OR 1=1 --")}/raw`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/^Invalid article id/);
  const unknown = await page.request.get('/api/admin/articles/zzzzzzzzzzzz/raw');
  expect(unknown.status()).toBe(404);
});
