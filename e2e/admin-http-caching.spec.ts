import { expect, test } from '@playwright/test';
import { signIn } from './support/admin';
import { distinctSentence } from './support/distinct-text';

// A page's entity tag is made of the corpus version (lib/http/shared-page.ts): once an admin
// publishes, a browser or cache holding the old page gets the new one, not a 304. What the
// signed-in admin reads is never shared. Runs on the admin server, with an article of its own.
test.describe.configure({ timeout: 90_000 });

const NONCE = `c${Date.now().toString(36)}`;
const FILE = `cache-${NONCE}.txt`;
const TITLE = `Pakistan and United States review counterterrorism cooperation ${NONCE}`;
const TEXT = [
  TITLE,
  '',
  `Officials from Pakistan and the United States met in Islamabad to review joint counterterrorism work, round ${NONCE}.`,
  '',
  'Both sides agreed to share more information on armed groups along the border next year.',
  '',
  distinctSentence(NONCE),
].join('\n');

test('publishing changes the tag, so a kept page is sent again; the admin gets private pages', async ({ page, request }) => {
  const address = `/en?q=${NONCE}`;
  const before = await request.get(address);
  const oldTag = before.headers()['etag']!;
  expect(oldTag).toMatch(/^W\//);
  expect((await request.get(address, { headers: { 'If-None-Match': oldTag } })).status()).toBe(304);

  await signIn(page);
  await page.locator('#upload-files').setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(TEXT, 'utf8') });
  const details = page.locator(`[data-testid="upload-item"][data-file="${FILE}"]`);
  await expect(details).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await details.getByLabel('Language').selectOption('en');
  await details.getByLabel('Source').fill(`Cache desk ${NONCE}`);
  await details.getByLabel('First country').selectOption('PK');
  await details.getByLabel('Second country').selectOption('US');
  await details.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(details).toHaveAttribute('data-status', 'published', { timeout: 20_000 });

  const after = await request.get(address, { headers: { 'If-None-Match': oldTag } });
  expect(after.status()).toBe(200);
  expect(after.headers()['etag']).not.toBe(oldTag);
  expect(await after.text()).toContain(NONCE);

  // The signed-in admin's own requests carry the session cookie: private, never confirmed by tag.
  const own = await page.request.get(address, { headers: { 'If-None-Match': after.headers()['etag']! } });
  expect(own.status()).toBe(200);
  expect(own.headers()['etag']).toBeUndefined();
  expect(own.headers()['cache-control']).toMatch(/^private, no-cache, no-store/);
});
