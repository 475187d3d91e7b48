import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { EMAIL, seriousViolations, signIn } from './support/admin';

// Runs against its own server and database (project "admin" in playwright.config.ts), whose
// first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD set by scripts/e2e-server.ts. The tests
// build on each other (upload, then edit, then unpublish), so they run in order.
test.describe.configure({ mode: 'serial' });

const CORPUS = path.resolve(__dirname, '../../shared/corpus/articles');
const CORPUS_FILES = fs
  .readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const VI_UNDATED = '000_c887ef1b79ebf8cc.txt';
const AR_TEXT = [
  'باكستان والولايات المتحدة تبحثان تعزيز التعاون في مكافحة الإرهاب',
  '',
  'بحث مسؤولون من باكستان والولايات المتحدة سبل تعزيز التعاون في مكافحة الإرهاب وتبادل المعلومات الأمنية بين البلدين.',
  '',
  'وقال المسؤولون إن التعاون سيشمل التدريب المشترك ومراقبة الحدود وتجفيف مصادر تمويل الجماعات المسلحة.',
].join('\n');

let dir: string;
let viArticleId = '';

test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-admin-e2e-'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  // A real PNG signature and IHDR chunk, named like a text file.
  fs.writeFileSync(
    path.join(dir, 'photo.txt'),
    Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001', 'hex'),
  );
  fs.writeFileSync(path.join(dir, 'arabic-windows-1256.txt'), iconv.encode(AR_TEXT, 'windows-1256'));
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const item = (page: Page, file: string) => page.locator(`[data-testid="upload-item"][data-file="${file}"]`);

test('anonymous visitors are sent to sign-in, and the upload endpoints refuse them', async ({ page, request }) => {
  await page.goto('/en/admin/upload');
  await expect(page).toHaveURL(/\/en\/admin\/login\?next=/);
  await page.goto('/ar/admin/articles');
  await expect(page).toHaveURL(/\/ar\/admin\/login/);

  // A text of its own, found by its word afterwards: other admin tests publish in parallel, so
  // the collection's total may move while this one runs.
  const word = `refused${Date.now().toString(36)}`;
  const stored = async () => ((await (await request.get(`/api/articles?q=${word}`)).json()) as { total: number }).total;
  const text = `Pakistan and the United States discuss security, ${word}\n\nOfficials from Pakistan and the United States met to discuss counterterrorism, ${word}.\n`;
  const file = { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
  const publish = await request.post('/api/admin/publish', { multipart: { file, title: 'Injected' } });
  expect(publish.status()).toBe(401);
  expect(await publish.json()).toEqual({ code: 'unauthorised', error: 'Sign in as an admin first; the session may have ended.' });
  expect((await request.post('/api/admin/preview', { multipart: { file } })).status()).toBe(401);
  // A forged session cookie is no better.
  const forged = await request.post('/api/admin/publish', { multipart: { file }, headers: { cookie: `rr_session=${'A'.repeat(43)}` } });
  expect(forged.status()).toBe(401);
  expect(await stored()).toBe(0);
});

test('a wrong password is refused with a message', async ({ page }) => {
  await signIn(page, EMAIL, 'not the password');
  await expect(page.getByTestId('login-error')).toHaveText('The e-mail address or the password is wrong.');
  await expect(page).toHaveURL(/\/en\/admin\/login/);
});

test('repeated failures lock the account for a while', async ({ page }) => {
  test.slow();
  const victim = 'lockout-target@example.org';
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, victim, `wrong password ${attempt}`);
    await expect(page.getByTestId('login-error')).toHaveAttribute('data-state', 'invalid');
  }
  await signIn(page, victim, 'wrong password 5');
  await expect(page.getByTestId('login-error')).toHaveAttribute('data-state', 'locked');
  await expect(page.getByTestId('login-error')).toContainText(/Try again in 1[45] minutes/);
});

test('an admin uploads, corrects, publishes and finds the new article', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/en\/admin\/upload$/);
  await expect(page.getByTestId('signed-in-as')).toContainText(EMAIL);

  await page
    .locator('#upload-files')
    .setInputFiles([
      ...CORPUS_FILES.map((name) => path.join(CORPUS, name)),
      path.join(dir, 'empty.txt'),
      path.join(dir, 'photo.txt'),
      path.join(dir, 'arabic-windows-1256.txt'),
    ]);
  for (const name of [...CORPUS_FILES, 'arabic-windows-1256.txt']) await expect(item(page, name)).toHaveAttribute('data-status', 'ready');
  await expect(item(page, 'empty.txt')).toHaveAttribute('data-status', 'refused');
  await expect(item(page, 'empty.txt').getByTestId('refusal')).toHaveAttribute('data-reason', 'empty');
  await expect(item(page, 'photo.txt').getByTestId('refusal')).toHaveAttribute('data-reason', 'binary');
  await expect(page.getByTestId('announcements')).toContainText('photo.txt: refused.');

  // What the ingester read: the Windows-1256 file decoded, Arabic, right to left.
  const arabic = item(page, 'arabic-windows-1256.txt');
  await expect(arabic.locator('[data-field="encoding"]')).toHaveText('windows-1256');
  await expect(arabic.getByTestId('preview-body')).toHaveAttribute('dir', 'rtl');
  await expect(arabic.getByTestId('preview-body')).toContainText('تبادل المعلومات الأمنية');

  // The Vietnamese page printed "ngày 13/1" without a year: the admin supplies it.
  const vi = item(page, VI_UNDATED);
  await expect(vi.locator('[data-field="dateText"]')).toHaveText('ngày 13/1');
  await expect(vi.getByTestId('removed')).not.toHaveAttribute('open', '');
  await vi.getByLabel('Date (Gregorian)').fill('2025-01-13');

  await page.getByRole('button', { name: 'Publish all ready files' }).click();
  for (const name of [...CORPUS_FILES, 'arabic-windows-1256.txt'])
    await expect(item(page, name)).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('published-count')).toHaveText('6 files published');
  viArticleId = (await vi.getByTestId('published-link').getAttribute('data-article-id')) ?? '';
  expect(viArticleId).toMatch(/^[0-9a-z]{12}$/);

  // The same bytes again: named as a duplicate of the article just published, with a link to it.
  await page
    .locator('#upload-files')
    .setInputFiles({ name: 'again.txt', mimeType: 'text/plain', buffer: fs.readFileSync(path.join(CORPUS, VI_UNDATED)) });
  await expect(item(page, 'again.txt')).toHaveAttribute('data-status', 'duplicate');
  await expect(item(page, 'again.txt').getByTestId('duplicate')).toHaveAttribute('data-reason', 'same-file');
  await expect(item(page, 'again.txt').getByTestId('duplicate-link')).toHaveAttribute('data-article-id', viArticleId);

  // The same text scraped again (other line endings, so other bytes): a duplicate by its cleaned body.
  const crlf = Buffer.from(fs.readFileSync(path.join(CORPUS, VI_UNDATED), 'utf8').replaceAll('\n', '\r\n'), 'utf8');
  await page.locator('#upload-files').setInputFiles({ name: 'rescraped.txt', mimeType: 'text/plain', buffer: crlf });
  await expect(item(page, 'rescraped.txt').getByTestId('duplicate')).toHaveAttribute('data-reason', 'same-body');
  await expect(item(page, 'rescraped.txt').getByTestId('duplicate-link')).toHaveAttribute('data-article-id', viArticleId);

  // Nearly the same text (another headline, one phrase edited): named with how much it shares and
  // a link, with the ingester's confidence per field, and published only on purpose.
  const nearText = fs
    .readFileSync(path.join(CORPUS, VI_UNDATED), 'utf8')
    .replace(/^[^\n]*/, 'Mỹ và Pakistan thúc đẩy hợp tác an ninh')
    .replace('khẳng định', 'nhấn mạnh');
  await page
    .locator('#upload-files')
    .setInputFiles({ name: 'syndicated.txt', mimeType: 'text/plain', buffer: Buffer.from(nearText, 'utf8') });
  const syndicated = item(page, 'syndicated.txt');
  await expect(syndicated).toHaveAttribute('data-status', 'near-duplicate');
  await expect(syndicated.getByTestId('near-duplicate')).toContainText(/\d+% the same text as this stored article/);
  await expect(syndicated.getByTestId('duplicate-link')).toHaveAttribute('data-article-id', viArticleId);
  await expect(syndicated.getByTestId('confidence').locator('[data-confidence]')).toHaveCount(5);
  const publishNear = syndicated.getByRole('button', { name: 'Publish', exact: true });
  await expect(publishNear).toBeDisabled();
  await syndicated.getByLabel(/Publish anyway/).check();
  await publishNear.click();
  await expect(syndicated).toHaveAttribute('data-status', 'published');

  // In the reading room, with the corrected date.
  await page.goto('/en?pair=PK-US&lang=vi');
  const entry = page.locator(`[data-article-id="${viArticleId}"]`);
  await expect(entry).toBeVisible();
  await entry.locator('a').first().click();
  await expect(page.locator('[data-field="publishedAt"] time')).toHaveAttribute('datetime', '2025-01-13');
  await expect(page.locator('[data-field="dateText"]')).toHaveText('ngày 13/1');
});

test('a publish request that fails says nothing was stored, and the file can be published again', async ({ page }) => {
  await signIn(page);
  const text = AR_TEXT.replace('باكستان والولايات المتحدة تبحثان', 'الأردن والعراق يبحثان').replace(
    'من باكستان والولايات المتحدة',
    'من الأردن والعراق',
  );
  await page.locator('#upload-files').setInputFiles({ name: 'jordan-iraq.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  const jordan = item(page, 'jordan-iraq.txt');
  await expect(jordan).toHaveAttribute('data-status', 'ready');
  // The connection drops before the server answers.
  await page.route('**/api/admin/publish', (route) => route.abort('connectionreset'));
  await jordan.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(jordan.getByRole('alert')).toHaveText('Nothing was stored for this file. Check your connection and try again.');
  await expect(jordan).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('announcements')).toContainText('jordan-iraq.txt: not published.');
  await page.unroute('**/api/admin/publish');
  await jordan.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(jordan).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('announcements')).toContainText('jordan-iraq.txt: published.');
});

test('an HTML page that declares another date than it prints shows both, and which was kept', async ({ page }) => {
  await signIn(page);
  const body = [
    'The interior ministers of Kenya and Somalia agreed on Tuesday to set up a joint unit of police and intelligence officers to track suspects who cross the border.',
    'The unit will share databases in real time and run joint surveillance operations near the frontier, according to a statement issued after the meeting in Nairobi.',
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kenya and Somalia set up a joint border unit</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kenya and Somalia set up a joint border unit","datePublished":"2021-03-09T10:00:00+04:30"}</script>
<script>document.title = 'changed'</script></head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><main><article>
<h1>Kenya and Somalia set up a joint border unit</h1><p>Published: March 3, 2021</p>${body.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
  await page.locator('#upload-files').setInputFiles({ name: 'statement.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') });
  const statement = item(page, 'statement.html');
  await expect(statement).toHaveAttribute('data-status', 'ready');
  const choice = statement.getByTestId('declared-choices').locator('[data-declared="publishedAt"]');
  await expect(choice).toContainText('2021-03-09T10:00:00+04:30');
  await expect(choice).toContainText('2021-03-03');
  await expect(choice).toHaveAttribute('data-chosen', 'declared');
  await expect(choice).toContainText('the declared value was kept');
});

test('the upload page is translated, mirrored in Arabic and has no serious accessibility violations', async ({ page }) => {
  await signIn(page);
  await page.goto('/ar/admin/upload');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('رفع المقالات');
  await page.locator('#upload-files').setInputFiles(path.join(dir, 'arabic-windows-1256.txt'));
  await expect(page.locator('[data-testid="upload-item"]')).toHaveAttribute('data-status', 'duplicate');
  expect(await seriousViolations(page)).toEqual([]);

  // Keyboard only: Tab reaches the file chooser.
  await page.goto('/en/admin/upload');
  for (let i = 0; i < 30 && !(await page.locator('#upload-files').evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(page.locator('#upload-files')).toBeFocused();
});

test('the sign-in page is translated into every UI language, right to left in Dari and Arabic', async ({ page }) => {
  const expected = {
    en: ['Admin sign-in', 'ltr'],
    vi: ['Đăng nhập quản trị', 'ltr'],
    fa: ['ورود مدیر', 'rtl'],
    ar: ['دخول المشرف', 'rtl'],
  } as const;
  for (const [prefix, [heading, dir]] of Object.entries(expected)) {
    await page.goto(`/${prefix}/admin/login`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('an admin edits, unpublishes and republishes, and the audit log shows it', async ({ page }) => {
  // A throttled sign-in, eight page loads and three accessibility scans: past 30 s on a busy machine.
  test.slow();
  expect(viArticleId).not.toBe('');
  await signIn(page);
  await page.goto(`/en/admin/articles/${viArticleId}/edit`);
  await page.getByLabel('Source').fill('VOV (edited)');
  await page.getByLabel('First country').selectOption('AF');
  await page.getByLabel('Second country').selectOption('PK');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('edit-result')).toHaveAttribute('data-state', 'updated');

  await page.goto(`/en/articles/${viArticleId}`);
  await expect(page.locator('[data-field="source"]')).toHaveText('VOV (edited)');
  await expect(page.locator('[data-field="pair"]')).toContainText('Afghanistan');

  await page.goto('/en/admin/articles');
  const row = page.locator(`tr[data-article-id="${viArticleId}"]`);
  await row.locator('[data-action="unpublish"]').click();
  await row.getByLabel('Reason for unpublishing').fill('Withdrawn by the e2e test');
  await row.locator('[data-action="confirm-unpublish"]').click();
  await expect(row).toHaveAttribute('data-status', 'unpublished');
  const gone = await page.goto(`/en/articles/${viArticleId}`);
  expect(gone?.status()).toBe(404);

  await page.goto('/en/admin/articles');
  await page.locator(`tr[data-article-id="${viArticleId}"] [data-action="republish"]`).click();
  await expect(page.locator(`tr[data-article-id="${viArticleId}"]`)).toHaveAttribute('data-status', 'published');

  await page.goto(`/en/admin/audit?article=${viArticleId}`);
  const actions = await page
    .locator('[data-testid="audit-log"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
  expect(actions).toEqual(['republish', 'unpublish', 'edit', 'publish']);
  await expect(page.locator('tr[data-action="edit"] [data-change="source"]')).toContainText('VOV (edited)');
  await expect(page.locator('tr[data-action="publish"] [data-change="corrections.publishedAt"]')).toContainText('January 13, 2025');
  await expect(page.locator('tr[data-action="edit"]')).toContainText(EMAIL);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/ar/admin/articles');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/fa/admin/articles/${viArticleId}/edit`);
  await expect(page.getByRole('button', { name: 'ذخیرهٔ تغییرات' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/en\/admin\/upload$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'rr_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/login\?signedOut=1/);
  await page.goto('/en/admin/audit');
  await expect(page).toHaveURL(/\/en\/admin\/login/);
  // The old token no longer works even if replayed.
  const replay = await page.request.post('/api/admin/preview', {
    multipart: { file: { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('x') } },
    headers: { cookie: `rr_session=${cookie!.value}` },
  });
  expect(replay.status()).toBe(401);
});
