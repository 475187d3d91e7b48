import { expect, test, type Page } from '@playwright/test';
import { BIDI, BIDI_CONTROLS, PAYLOADS, expectNothingInjected, watchDialogs } from './support/hostile';
import { signIn } from './support/admin';

// Stored input: hostile titles, bodies, file names, source names and authors go in through the
// admin upload (the browser flow and the publish endpoint) and come out through the reading
// room, search, the article page, the admin pages and the JSON/CSV/Atom endpoints. Nothing may
// run, be injected or reorder the layout. Runs on the admin server (it stores articles) and
// files everything under its own country pair, NO-SE, so other admin specs are not disturbed.
test.describe.configure({ mode: 'serial' });

const PAIR = 'NO-SE';

/** A plausible article whose title and every paragraph carry payloads and bidi overrides. */
function hostileArticle(n: number): string {
  const payload = PAYLOADS[n % PAYLOADS.length]!;
  const other = PAYLOADS[(n + 3) % PAYLOADS.length]!;
  const bidi = BIDI[n % BIDI.length]!;
  return [
    `${bidi}Norway and Sweden ${payload} agree on border security ${n}`,
    '',
    `Oslo - Officials from Norway and Sweden met for the ${n}th time ${payload} to discuss counterterrorism cooperation and the exchange of security information between the two countries.`,
    '',
    `The ministers said ${bidi}the joint patrols would begin in spring${bidi} and that ${other} training for border guards would follow in the autumn of the same year.`,
    '',
    `A spokesman added that intelligence sharing ${bidi}gpj.exe${bidi} would continue under the agreement signed in Stockholm, which both parliaments approved last week.`,
  ].join('\n');
}

const FILES = PAYLOADS.map((payload, n) => ({
  // File names cannot hold a slash; everything else in the payload stays.
  name: `${BIDI[n % BIDI.length]}${payload.replaceAll('/', '')}-${n}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(hostileArticle(n), 'utf8'),
}));

const published: string[] = [];
const item = (page: Page, n: number) => page.locator('[data-testid="upload-item"]').nth(n);

test('hostile files are previewed, corrected with hostile metadata and published without anything running', async ({ page }) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await signIn(page);
  await page.locator('#upload-files').setInputFiles(FILES);
  for (let n = 0; n < FILES.length; n++) await expect(item(page, n)).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expectNothingInjected(page, dialogs);

  for (let n = 0; n < FILES.length; n++) {
    const details = item(page, n);
    await details.getByLabel('First country').selectOption('NO');
    await details.getByLabel('Second country').selectOption('SE');
    await details.getByLabel('Source').fill(`${BIDI[n % BIDI.length]}${PAYLOADS[(n + 1) % PAYLOADS.length]} News`);
    await details.getByLabel('Author').fill(`${PAYLOADS[(n + 2) % PAYLOADS.length]}${BIDI[0]}`);
  }
  await page.getByRole('button', { name: 'Publish all ready files' }).click();
  for (let n = 0; n < FILES.length; n++) {
    await expect(item(page, n)).toHaveAttribute('data-status', 'published', { timeout: 20_000 });
    published.push((await item(page, n).getByTestId('published-link').getAttribute('data-article-id')) ?? '');
  }
  expect(published.every((id) => /^[0-9a-z]{12}$/.test(id))).toBe(true);
  await expectNothingInjected(page, dialogs);
});

test('the publish endpoint stores hostile corrections as text, without bidi controls', async ({ page }) => {
  await signIn(page);
  const response = await page.request.post('/api/admin/publish', {
    multipart: {
      file: {
        name: `${BIDI[0]}evil<svg onload=alert(1)>.txt`,
        mimeType: 'text/html',
        buffer: Buffer.from(hostileArticle(99).replace('border security 99', 'border security by endpoint'), 'utf8'),
      },
      title: `${BIDI[0]}${PAYLOADS[0]} by endpoint`,
      source: `${BIDI[3]}${PAYLOADS[2]}`,
      author: PAYLOADS[4],
      dateText: `${BIDI[1]}${PAYLOADS[1]}`,
      pairA: 'NO',
      pairB: 'SE',
      // Its text nearly repeats the ninth file above (same payloads): published on purpose.
      publishAnyway: 'yes',
    },
  });
  expect(response.status()).toBe(200);
  const answer = await response.json();
  expect(answer.status).toBe('published');
  published.push(answer.id);

  const listing = await (await page.request.get(`/api/articles?pair=${PAIR}&sort=date`)).json();
  const stored = listing.items.find((entry: { title: string }) => entry.title.includes('by endpoint'));
  expect(stored.title).toBe(`${PAYLOADS[0]} by endpoint`);
  expect(stored.source).toBe(PAYLOADS[2]);
});

test('the reading room, search and article pages show stored payloads as inert text', async ({ page }) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await page.goto(`/en?pair=${PAIR}`);
  await expect(page.getByTestId('results').locator('[data-article-id]')).toHaveCount(published.length);
  await expectNothingInjected(page, dialogs);
  // The payload is on the page as text, exactly once per title.
  await expect(page.getByText('<script data-xss>', { exact: false }).first()).toBeVisible();

  for (const q of ['script', 'onerror', 'javascript', 'gpj.exe', '"border security"']) {
    await page.goto(`/ar?q=${encodeURIComponent(q)}&pair=${PAIR}`);
    await expect(page.getByTestId('results').locator('[data-article-id]').first()).toBeVisible();
    await expectNothingInjected(page, dialogs);
  }
  for (const id of published) {
    for (const path of [`/en/articles/${id}`, `/fa/articles/${id}?q=security`]) {
      await page.goto(path);
      await expect(page.locator('article h1')).toBeVisible();
      await expectNothingInjected(page, dialogs);
    }
  }
  // Facets list the hostile source names as text too, in the reading room and on a facet's full list.
  for (const path of [`/en?pair=${PAIR}`, `/en/facets/source?pair=${PAIR}`, `/ar/facets/source?pair=${PAIR}`]) {
    await page.goto(path);
    await expectNothingInjected(page, dialogs);
  }
  // Side by side in a comparison, each column in its own direction.
  for (const path of [`/en/compare?ids=${published.slice(0, 3).join(',')}`, `/ar/compare?ids=${published.slice(1, 3).join(',')}`]) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await expectNothingInjected(page, dialogs);
  }
});

test('the admin list, edit form and audit log show stored payloads as inert text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page);
  for (const path of [
    '/en/admin/articles',
    '/ar/admin/articles',
    '/en/admin/audit',
    `/en/admin/audit?article=${published[0]}`,
    `/en/admin/articles/${published[1]}/edit`,
  ]) {
    await page.goto(path);
    await expectNothingInjected(page, dialogs);
  }
  // A hostile edit is stored as text and shown in the audit log as text.
  await page.goto(`/en/admin/articles/${published[2]}/edit`);
  await page.getByLabel('Source').fill(`${BIDI[2]}${PAYLOADS[6]}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('edit-result')).toHaveAttribute('data-state', 'updated');
  await expectNothingInjected(page, dialogs);
  await page.goto(`/en/admin/audit?article=${published[2]}`);
  await expectNothingInjected(page, dialogs);
});

test('a hostile translation is stored as text and read beside the original without anything running', async ({ page }) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await signIn(page);
  await page.goto(`/en/admin/articles/${published[3]}/edit`);
  const form = page.getByTestId('attach-translation');
  await form.getByLabel('Translated into').fill('de');
  await form.getByLabel('Headline of the translation').fill(`${BIDI[0]}${PAYLOADS[0]} Übersetzung`);
  await form.getByLabel('Translator or origin').fill(`${PAYLOADS[2]}${BIDI[4]}`);
  await form.getByLabel('Translation text').fill(
    PAYLOADS.map((payload, n) => `Absatz ${n} ${BIDI[n % BIDI.length]}${payload} über Sicherheit.`)
      .slice(0, 3)
      .join('\n'),
  );
  await form.getByRole('button', { name: 'Attach translation' }).click();
  await expect(page.getByTestId('attach-result')).toHaveAttribute('data-state', 'attached');
  await expectNothingInjected(page, dialogs);
  for (const view of ['translation', 'both']) {
    await page.goto(`/ar/articles/${published[3]}?view=${view}&tl=de`);
    await expect(page.locator('main [lang="de"]').first()).toBeVisible();
    await expectNothingInjected(page, dialogs);
  }
});

test('JSON, CSV and Atom carry the payloads escaped for their format, never as markup', async ({ page, request }) => {
  const json = await request.get(`/api/articles?pair=${PAIR}`);
  expect(json.headers()['content-type']).toMatch(/^application\/json/);
  const listing = await json.json();
  expect(listing.items.length).toBeGreaterThan(0);
  for (const entry of listing.items) {
    expect(entry.title).not.toMatch(BIDI_CONTROLS);
    expect(entry.source ?? '').not.toMatch(BIDI_CONTROLS);
  }

  const csv = await request.get(`/api/articles/export?pair=${PAIR}`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(/^attachment/);
  const text = (await csv.body()).toString('utf8');
  // No cell starts with a formula character: the HYPERLINK payload is defused.
  const cells = text.split(/,|\r\n/).map((cell) => cell.replace(/^"/, ''));
  expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

  const feed = await request.get(`/api/feed?pair=${PAIR}`);
  const xml = await feed.text();
  expect(xml).toContain('&lt;script data-xss&gt;');
  expect(xml).not.toMatch(/<(script|svg|img|iframe|math|x:script|a)\b/i);
  expect(xml).not.toMatch(BIDI_CONTROLS);

  // Opened in the browser, the feed and the JSON stay inert documents.
  const dialogs = watchDialogs(page);
  await page.goto(`/api/feed?pair=${PAIR}`);
  await page.goto(`/api/articles?pair=${PAIR}`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
});
