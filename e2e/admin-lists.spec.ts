import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, signIn } from './support/admin';
import { distinctSentence } from './support/distinct-text';

// The admin lists (issue 23): the articles list searches title, source and author the way the
// reading room folds words, filters by status, language and pair with the filters kept in the
// URL, and keeps every row's actions on a phone; the audit log says each change in words in the
// admin's language; unpublishing needs a reason, kept in the log; "Publish all" shows the
// server's refusal on the fields, in the admin's language. Runs on the admin server; the tests
// build on each other, in order, and find their own articles by a nonce.
// Each test signs in and some upload twice: more than the default 30 s on a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

type Fields = Record<'title' | 'pair' | 'pairA' | 'pairB' | 'source', string> & { errors: Record<string, string> };
const messages = (locale: string) =>
  (JSON.parse(fs.readFileSync(path.resolve(__dirname, `../messages/${locale}.json`), 'utf8')) as { Admin: Record<string, unknown> })
    .Admin as {
    fields: Fields;
    upload: { publishAll: string; invalid: string };
    audit: { did: Record<string, string>; labels: Record<string, string>; values: Record<string, string> };
  };
const AR = messages('ar');

const NONCE = `n${Date.now().toString(36)}`;
const VI_FILE = `vi-${NONCE}.txt`;
const AR_FILE = `ar-${NONCE}.txt`;
const VI_TITLE = `Hợp tác chống khủng bố ${NONCE}`;
const AR_TITLE = `تعاون أمني بين كينيا والصومال ${NONCE}`;
const VI_TEXT = [
  VI_TITLE,
  '',
  `Hai nước thảo luận hợp tác an ninh biên giới và chia sẻ thông tin tình báo trong vòng ${NONCE}.`,
  '',
  'Các quan chức cho biết sẽ tổ chức tuần tra chung vào năm tới dọc theo tuyến biên giới.',
  '',
  distinctSentence(NONCE, 'vi'),
].join('\n');
const AR_TEXT = [
  AR_TITLE,
  '',
  `بحث مسؤولون من كينيا والصومال في نيروبي سبل تعزيز التعاون في مكافحة الإرهاب في الجولة ${NONCE}.`,
  '',
  'واتفق الجانبان على تسيير دوريات مشتركة على الحدود وتبادل المعلومات عن الجماعات المسلحة.',
  '',
  distinctSentence(NONCE, 'ar'),
].join('\n');

const item = (page: Page, file: string) => page.locator(`[data-testid="upload-item"][data-file="${file}"]`);
const rows = (page: Page) => page.locator('[data-testid="admin-articles"] tbody tr');
const ids: Record<string, string> = {};
const countryName = (code: string, locale: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;

async function upload(page: Page, name: string, text: string, fill: (details: ReturnType<typeof item>) => Promise<void>) {
  await page.locator('#upload-files').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  const details = item(page, name);
  await expect(details).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await fill(details);
  await details.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(details).toHaveAttribute('data-status', 'published', { timeout: 20_000 });
  ids[name] = (await details.getByTestId('published-link').getAttribute('data-article-id')) ?? '';
  expect(ids[name]).toMatch(/^[0-9a-z]{12}$/);
}

test('two articles are published for the lists to find', async ({ page }) => {
  await signIn(page);
  await upload(page, VI_FILE, VI_TEXT, async (details) => {
    await details.getByLabel('Language').selectOption('vi');
    await details.getByLabel('Source').fill(`Báo Tuổi Trẻ ${NONCE}`);
    await details.getByLabel('First country').selectOption('US');
    await details.getByLabel('Second country').selectOption('VN');
  });
  await upload(page, AR_FILE, AR_TEXT, async (details) => {
    await details.getByLabel('Language').selectOption('ar');
    await details.getByLabel('First country').selectOption('KE');
    await details.getByLabel('Second country').selectOption('SO');
  });
});

test('the articles list searches title and source as the reading room folds words, with a language column', async ({ page }) => {
  await signIn(page);
  await page.goto('/en/admin/articles');
  const search = page.getByLabel('Search title, source or author');
  // Without tones, as a Vietnamese reader often types.
  await search.fill(`khung bo ${NONCE}`);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=khung\\+bo\\+${NONCE}`));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-article-id', ids[VI_FILE]!);
  await expect(rows(page).first().locator('[data-field="language"]')).toContainText('Vietnamese');
  await expect(search).toHaveValue(`khung bo ${NONCE}`);

  // The source, typed without tones.
  await search.fill(`tuoi tre ${NONCE}`);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-article-id', ids[VI_FILE]!);

  // Persian yeh and no hamza find the Arabic أمني.
  await search.fill(`امنی ${NONCE}`);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-article-id', ids[AR_FILE]!);
  await expect(rows(page).first().locator('[data-field="language"]')).toContainText('Arabic');

  // Named in the admin's language.
  await page.goto(`/ar/admin/articles?q=${encodeURIComponent(NONCE)}`);
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator(`tr[data-article-id="${ids[VI_FILE]}"] [data-field="language"]`)).toContainText(
    new Intl.DisplayNames(['ar'], { type: 'language' }).of('vi')!,
  );
});

test('the filters narrow the list and stay in the URL, the page links keep them', async ({ page }) => {
  await signIn(page);
  await page.goto(`/en/admin/articles?q=${NONCE}`);
  const filters = page.getByTestId('admin-articles-filters');
  await filters.getByLabel('Language').selectOption({ label: 'Arabic' });
  await filters.getByLabel('Country pair').selectOption({ label: `${countryName('KE', 'en')} – ${countryName('SO', 'en')}` });
  await filters.getByLabel('Status').selectOption('published');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/language=ar/);
  await expect(page).toHaveURL(/pair=KE-SO/);
  await expect(page).toHaveURL(/status=published/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-article-id', ids[AR_FILE]!);
  await expect(filters.getByLabel('Language')).toHaveValue('ar');

  await filters.getByLabel('Language').selectOption('vi');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('admin-articles-empty')).toBeVisible();

  // A page past the end leads back with every filter kept.
  await page.goto(`/en/admin/articles?q=${NONCE}&status=published&language=ar&page=3`);
  const previous = page.getByTestId('previous-page');
  await expect(previous).toHaveAttribute('href', new RegExp(`q=${NONCE}`));
  await expect(previous).toHaveAttribute('href', /status=published/);
  await expect(previous).toHaveAttribute('href', /language=ar/);
  await previous.click();
  await expect(rows(page)).toHaveCount(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every row keeps its actions on screen', async ({ page }) => {
    await signIn(page);
    for (const locale of ['en', 'ar']) {
      await page.goto(`/${locale}/admin/articles`);
      const count = await rows(page).count();
      expect(count).toBeGreaterThan(2);
      for (let i = 0; i < Math.min(count, 10); i++) {
        const row = rows(page).nth(i);
        for (const action of ['edit', 'history']) {
          const box = (await row.locator(`[data-action="${action}"]`).boundingBox())!;
          expect(box.x, `${locale} row ${i} ${action}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${locale} row ${i} ${action}`).toBeLessThanOrEqual(390);
        }
        const status = (await row.locator('[data-action="unpublish"], [data-action="republish"]').boundingBox())!;
        expect(status.x + status.width).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });

  test('unpublishing refuses without a reason, keeps focus, then records the reason', async ({ page }) => {
    await signIn(page);
    await page.goto(`/en/admin/articles?q=${NONCE}`);
    const row = page.locator(`tr[data-article-id="${ids[VI_FILE]}"]`);
    await row.locator('[data-action="unpublish"]').click();
    const reason = row.getByLabel('Reason for unpublishing');
    await expect(reason).toBeFocused();
    await row.locator('[data-action="confirm-unpublish"]').click();
    await expect(row.getByTestId('reason-error')).toHaveText('Give a reason for unpublishing.');
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(row).toHaveAttribute('data-status', 'published');
    await reason.fill('Copyright complaint from the publisher');
    await row.locator('[data-action="confirm-unpublish"]').click();
    await expect(row).toHaveAttribute('data-status', 'unpublished');

    await page.goto(`/en/admin/audit?article=${ids[VI_FILE]}`);
    const entry = page.locator('[data-testid="audit-log"] tr[data-action="unpublish"]');
    await expect(entry.getByTestId('audit-action')).toHaveText('Unpublished');
    await expect(entry.locator('[data-change="reason"]')).toHaveText('Reason: Copyright complaint from the publisher');
    await expect(entry.locator('[data-change="status"]')).toContainText('Published');
    await expect(entry.locator('[data-change="status"] [data-value="to"]')).toHaveText('Unpublished');
  });
});

test('the audit log says each change in words, in the admin language', async ({ page }) => {
  await signIn(page);
  await page.goto(`/en/admin/audit?article=${ids[VI_FILE]}`);
  const publish = page.locator('[data-testid="audit-log"] tr[data-action="publish"]');
  await expect(publish.getByTestId('audit-action')).toHaveText('Published');
  await expect(publish.locator('[data-change="corrections.countryPair"] [data-value="to"]')).toHaveText(
    `${countryName('US', 'en')} – ${countryName('VN', 'en')}`,
  );
  await expect(publish.locator('[data-change="corrections.countryPair"]')).toContainText('Country pair (corrected before publishing):');
  await expect(publish.locator('[data-change="corrections.source"]')).toContainText(`Source (corrected before publishing): none`);
  await expect(publish.locator('[data-change="corrections.source"] [data-value="to"]')).toHaveText(`Báo Tuổi Trẻ ${NONCE}`);
  await expect(publish.locator('[data-change="file"]')).toHaveText(`File: ${VI_FILE}`);

  await page.goto(`/ar/admin/audit?article=${ids[VI_FILE]}`);
  const log = page.getByTestId('audit-log');
  await expect(log.locator('tr[data-action="publish"]').getByTestId('audit-action')).toHaveText(AR.audit.did.publish!);
  await expect(log.locator('tr[data-action="unpublish"]').getByTestId('audit-action')).toHaveText(AR.audit.did.unpublish!);
  const pair = log.locator('tr[data-action="publish"] [data-change="corrections.countryPair"]');
  await expect(pair).toContainText(AR.fields.pair);
  await expect(pair.locator('[data-value="to"]')).toHaveText(`${countryName('US', 'ar')} – ${countryName('VN', 'ar')}`);
  await expect(log.locator('tr[data-action="unpublish"] [data-change="reason"]')).toContainText(AR.audit.labels.reason!);
  const text = await log.innerText();
  for (const raw of ['countryPair', '["', '{"', 'publishedAt', 'corrections']) expect(text).not.toContain(raw);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/ar/admin/articles?q=${NONCE}&status=published`);
  expect(await seriousViolations(page)).toEqual([]);
});

test('"Publish all" shows the server refusal on the field, in the admin language', async ({ page }) => {
  await signIn(page);
  await page.goto('/ar/admin/upload');
  const name = `half-pair-${NONCE}.txt`;
  // Nothing like the articles published above, so it is ready, not a near duplicate.
  const text = [
    `الأردن والعراق يوقعان مذكرة لتأمين الحدود ${NONCE}`,
    '',
    `وقّع وزيرا داخلية الأردن والعراق في عمّان مذكرة تفاهم لتأمين المعابر الحدودية في اللقاء ${NONCE}.`,
    '',
    'وتنص المذكرة على إنشاء غرفة عمليات مشتركة وتدريب عناصر الجمارك على كشف التهريب.',
  ].join('\n');
  await page.locator('#upload-files').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  const details = item(page, name);
  await expect(details).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await details.getByLabel(AR.fields.pairA).selectOption('KE');
  await details.getByLabel(AR.fields.pairB).selectOption('');
  // "Publish all" sends what the form holds; only the server checks it.
  const answer = page.waitForResponse('**/api/admin/publish');
  await page.getByRole('button', { name: AR.upload.publishAll }).click();
  expect(await (await answer).json()).toMatchObject({ status: 'invalid', errors: [{ field: 'pairB', key: 'pairIncomplete' }] });
  await expect(details.getByRole('alert')).toHaveText(AR.upload.invalid.replace('{params}', AR.fields.pairB));
  await expect(details.getByRole('alert')).not.toContainText('countryPair');
  const pairB = details.getByLabel(AR.fields.pairB);
  await expect(pairB).toHaveAttribute('aria-invalid', 'true');
  await expect(pairB).toHaveAccessibleDescription(new RegExp(AR.fields.errors.pairIncomplete!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(pairB).toBeFocused();
  await expect(details).toHaveAttribute('data-status', 'ready');
});
