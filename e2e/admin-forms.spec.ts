import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, signIn } from './support/admin';
import { distinctSentence } from './support/distinct-text';

// The admin forms after a refusal (issue 23): every typed value stays, the field in error says
// what is wrong in its own terms and takes focus; countries and language are named choices in
// the admin's language; a file with only a headline is never published. Runs on the admin
// server; what it stores is under the pair KE-SO. The tests build on each other, in order.
// Each test signs in (slowed by the lockout test's failures) and saves twice, some with an
// accessibility scan: more than the default 30 s on a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

type Messages = { Admin: Record<string, Record<string, unknown>> };
const messages = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../messages/${locale}.json`), 'utf8')) as Messages;
const AR = messages('ar').Admin as unknown as {
  fields: Record<'pairA' | 'pairB' | 'language' | 'source' | 'author', string>;
  edit: { save: string };
};

const NONCE = `${Date.now().toString(36)}`;
const ARTICLE = [
  `Kenya and Somalia review border security, round ${NONCE}`,
  '',
  `Officials from Kenya and Somalia met in Nairobi for round ${NONCE} of talks on counterterrorism and the security of their shared border.`,
  '',
  'They agreed to hold joint patrols next year and to share more intelligence on armed groups that cross the border.',
  '',
  distinctSentence(NONCE),
].join('\n');

const item = (page: Page, file: string) => page.locator(`[data-testid="upload-item"][data-file="${file}"]`);
let articleId = '';

test('a file with only a headline is shown as not ready and refused at publish', async ({ page }) => {
  await signIn(page);
  const file = { name: 'headline-only.txt', mimeType: 'text/plain', buffer: Buffer.from('Ceasefire talks\n', 'utf8') };
  await page.locator('#upload-files').setInputFiles(file);
  const headline = item(page, 'headline-only.txt');
  await expect(headline.getByTestId('item-status')).toHaveText('Not ready: no article text', { timeout: 20_000 });
  await expect(headline.getByTestId('no-body')).toBeVisible();
  await expect(headline.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Publish all ready files' })).toBeDisabled();
  // The ingester cannot tell the language of two words: shown as such, and not a choice to keep.
  await expect(headline.getByLabel('Language')).toHaveValue('und');
  await expect(headline.getByLabel('Language').locator('option:checked')).toHaveText('Unknown, choose one');

  // The server refuses it too, whatever the form says.
  const answer = await page.request.post('/api/admin/publish', { multipart: { file, language: 'en' } });
  expect(await answer.json()).toMatchObject({ status: 'refused', reason: 'no-body' });
});

test('an upload offers countries and languages by name, and publishes the chosen pair', async ({ page }) => {
  await signIn(page);
  await page
    .locator('#upload-files')
    .setInputFiles({ name: `ke-so-${NONCE}.txt`, mimeType: 'text/plain', buffer: Buffer.from(ARTICLE, 'utf8') });
  const details = item(page, `ke-so-${NONCE}.txt`);
  await expect(details).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expect(details.getByLabel('Language').locator('option:checked')).toHaveText(/^English/);
  await expect(details.getByLabel('First country').locator('option[value="IQ"]')).toHaveText('Iraq');
  await expect(details.getByLabel('First country').locator('option[value="IR"]')).toHaveText('Iran');
  await details.getByLabel('First country').selectOption({ label: 'Kenya' });
  await details.getByLabel('Second country').selectOption({ label: 'Somalia' });
  await details.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(details).toHaveAttribute('data-status', 'published', { timeout: 20_000 });
  articleId = (await details.getByTestId('published-link').getAttribute('data-article-id')) ?? '';
  expect(articleId).toMatch(/^[0-9a-z]{12}$/);
});

test('the edit form keeps every typed value after a refusal, names the bad field and focuses it (en)', async ({ page }) => {
  expect(articleId).not.toBe('');
  await signIn(page);
  await page.goto(`/en/admin/articles/${articleId}/edit`);
  await page.getByLabel('Source').fill('Daily Nation');
  await page.getByLabel('Author').fill('A. Writer');
  await page.getByLabel('Date (Gregorian)').fill('2024-02-30');
  await page.getByLabel('Second country').selectOption('KE');
  await page.getByLabel('Filter the list by name').fill('Somal');
  await page.getByRole('checkbox', { name: 'Somalia' }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByTestId('edit-result')).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByLabel('Source')).toHaveValue('Daily Nation');
  await expect(page.getByLabel('Author')).toHaveValue('A. Writer');
  await expect(page.getByLabel('Date (Gregorian)')).toHaveValue('2024-02-30');
  await expect(page.getByLabel('First country')).toHaveValue('KE');
  await expect(page.getByLabel('Second country')).toHaveValue('KE');
  await expect(page.getByRole('checkbox', { name: 'Somalia' })).toBeChecked();
  await expect(page.locator('[data-testid="field-error"][data-field="publishedAt"]')).toHaveText(
    '2024-02-30 is not a date in the calendar.',
  );
  await expect(page.locator('[data-testid="field-error"][data-field="pairB"]')).toHaveText('A pair needs two different countries.');
  await expect(page.getByLabel('Date (Gregorian)')).toBeFocused();
  await expect(page.getByLabel('Date (Gregorian)')).toHaveAccessibleDescription(/2024-02-30 is not a date in the calendar\./);

  await page.getByLabel('Date (Gregorian)').fill('2024-02-29');
  await page.getByLabel('Second country').selectOption('SO');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('edit-result')).toHaveAttribute('data-state', 'updated');
  await expect(page.getByLabel('Second country')).toHaveValue('SO');
  await expect(page.getByLabel('Source')).toHaveValue('Daily Nation');
  await page.reload();
  await expect(page.getByLabel('Source')).toHaveValue('Daily Nation');
  await expect(page.getByLabel('Author')).toHaveValue('A. Writer');
  await expect(page.getByLabel('Date (Gregorian)')).toHaveValue('2024-02-29');
  await expect(page.getByRole('checkbox', { name: 'Somalia' })).toBeChecked();
});

test('the Arabic edit form names countries and languages in Arabic, and keeps what was typed (ar)', async ({ page }) => {
  expect(articleId).not.toBe('');
  await signIn(page);
  await page.goto(`/ar/admin/articles/${articleId}/edit`);
  const first = page.getByLabel(AR.fields.pairA, { exact: true });
  await expect(first.locator('option[value="IQ"]')).toHaveText('العراق');
  await expect(page.getByLabel(AR.fields.pairB, { exact: true }).locator('option:checked')).toHaveText('الصومال');
  await expect(page.getByLabel(AR.fields.language, { exact: true }).locator('option:checked')).toHaveText(/^الإنجليزية/);

  await page.getByLabel(AR.fields.source, { exact: true }).fill('مصدر تجريبي');
  await page.getByLabel(AR.fields.author, { exact: true }).fill('كاتب تجريبي');
  // A value the list does not hold (a stale page, a hand-made request) is named, not swallowed.
  await first.evaluate((select: HTMLSelectElement) => {
    const option = select.options[1]!;
    option.value = 'XX';
    select.value = 'XX';
  });
  await page.getByRole('button', { name: AR.edit.save }).click();

  await expect(page.getByTestId('edit-result')).toHaveAttribute('data-state', 'invalid');
  await expect(page.locator('[data-testid="field-error"][data-field="pairA"]')).toHaveText('XX ليس رمز دولة.');
  await expect(first).toBeFocused();
  await expect(first).toHaveValue('XX');
  await expect(page.getByLabel(AR.fields.source, { exact: true })).toHaveValue('مصدر تجريبي');
  await expect(page.getByLabel(AR.fields.author, { exact: true })).toHaveValue('كاتب تجريبي');
  expect(await seriousViolations(page)).toEqual([]);

  await first.selectOption({ label: 'كينيا' });
  await page.getByRole('button', { name: AR.edit.save }).click();
  await expect(page.getByTestId('edit-result')).toHaveAttribute('data-state', 'updated');
  await page.reload();
  await expect(page.getByLabel(AR.fields.source, { exact: true })).toHaveValue('مصدر تجريبي');
  await expect(first).toHaveValue('KE');
});

for (const locale of ['en', 'ar'] as const) {
  test(`a wrong password keeps the e-mail and focuses the password field (${locale})`, async ({ page }) => {
    const login = messages(locale).Admin.login as { email: string; password: string; submit: string };
    // Not the e2e admin's address: a failed sign-in slows that one's later sign-ins.
    const email = `typo-${locale}-${NONCE}@example.org`;
    await page.goto(`/${locale}/admin/login`);
    await page.getByLabel(login.email).fill(email);
    await page.getByLabel(login.password).fill('not the password');
    await page.getByRole('button', { name: login.submit }).click();
    await expect(page.getByTestId('login-error')).toHaveAttribute('data-state', 'invalid', { timeout: 15_000 });
    await expect(page.getByLabel(login.email)).toHaveValue(email);
    await expect(page.getByLabel(login.password)).toHaveValue('');
    await expect(page.getByLabel(login.password)).toBeFocused();
  });
}
