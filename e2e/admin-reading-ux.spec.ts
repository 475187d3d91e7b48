import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/admin';

// Runs on the admin project's server (synthetic demo set, see playwright.config.ts): an admin
// attaches an Arabic translation to a synthetic English article, then readers list it.
test.describe.configure({ mode: 'serial' });

// A word in the translation only: no synthetic article contains it.
const WORD = 'quokkafrond';
const TITLE = 'الوفدان يناقشان تبادل المعلومات الأمنية';
const TRANSLATION = ['التقى مسؤولو البلدين لبحث تبادل المعلومات.', `واتفق الوفدان على فريق ${WORD} لمتابعة تمويل الجماعات المسلحة.`].join(
  '\n\n',
);

interface Item {
  id: string;
  title: string;
  synthetic: boolean;
  dateText: string | null;
  publishedAt: string | null;
  datePrecision: string | null;
}

let article: Item;

const entry = (page: Page) => page.locator(`[data-testid="results"] [data-article-id="${article.id}"]`);

test('an English article whose printed date reads like the normalised one shows it once', async ({ page, request }) => {
  const listing = (await (await request.get('/api/articles?lang=en&sort=date')).json()) as { items: Item[] };
  // Not the newest: other admin specs work on those.
  const dated = listing.items.filter((item) => item.synthetic && item.dateText && item.datePrecision === 'day');
  article = dated[4] ?? dated.at(-1)!;
  expect(article.id).toMatch(/^[0-9a-z]{12}$/);

  await page.goto(`/en?lang=en&sort=date&page=1`);
  await expect(entry(page)).toBeVisible();
  // The demo pages print "June 18, 2024", which is how the English interface writes the date.
  await expect(entry(page).locator('time')).toHaveText(article.dateText!);
  await expect(entry(page).locator('[data-field="dateText"]')).toHaveCount(0);
  // The Arabic interface writes it otherwise, so the printed date is kept beside it.
  await page.goto(`/ar?lang=en&sort=date&page=1`);
  await expect(entry(page).locator('[data-field="dateText"]')).toHaveText(article.dateText!);
});

test('an admin attaches an Arabic translation', async ({ page }) => {
  test.slow();
  await signIn(page);
  await page.goto(`/en/admin/articles/${article.id}/edit`);
  const form = page.getByTestId('attach-translation');
  await form.getByLabel('Translated into').fill('ar');
  await form.getByLabel('Headline of the translation').fill(TITLE);
  await form.getByLabel('Translation text').fill(TRANSLATION);
  await form.getByRole('button', { name: 'Attach translation' }).click();
  await expect(page.getByTestId('attach-result')).toHaveAttribute('data-state', 'attached');
});

test('an Arabic reader sees the translated title, labelled, under the original', async ({ page }, testInfo) => {
  await page.goto(`/ar?lang=en&sort=date`);
  const item = entry(page);
  await expect(item.locator('h3 a')).toHaveText(article.title);
  await expect(item.locator('h3 a')).toHaveAttribute('lang', 'en');
  const translated = item.getByTestId('translated-title');
  await expect(translated).toContainText('العنوان المترجم (العربية)');
  const title = translated.locator('bdi');
  await expect(title).toHaveText(TITLE);
  await expect(title).toHaveAttribute('lang', 'ar');
  await expect(title).toHaveAttribute('dir', 'rtl');
  await testInfo.attach('translated-title-ar.png', { body: await item.screenshot(), contentType: 'image/png' });

  // Readers of other languages have no translation of theirs: the original title alone.
  for (const locale of ['en', 'vi']) {
    await page.goto(`/${locale}?lang=en&sort=date`);
    await expect(entry(page).locator('h3 a')).toHaveText(article.title);
    await expect(entry(page).getByTestId('translated-title')).toHaveCount(0);
  }
});

test('a search that matched only the translation shows its title and a snippet from it', async ({ page }, testInfo) => {
  await page.goto(`/ar?q=${WORD}`);
  const item = entry(page);
  await expect(page.getByTestId('results').locator('[data-article-id]')).toHaveCount(1);
  await expect(item.getByTestId('translated-title').locator('bdi')).toHaveText(TITLE);
  const snippet = item.getByTestId('snippet');
  await expect(snippet).toHaveAttribute('lang', 'ar');
  await expect(snippet).toHaveAttribute('dir', 'rtl');
  await expect(snippet.locator('mark')).toHaveText(WORD);
  // Named, as the translated title is: the reader knows whose words these are.
  await expect(item.getByTestId('snippet-source')).toHaveText('من الترجمة (العربية):');
  await expect(item.getByTestId('translation-match')).toHaveAttribute('data-only', 'true');
  await testInfo.attach('translation-match-ar.png', { body: await item.screenshot(), contentType: 'image/png' });

  // An English reader gets the snippet from the translation too, with the original title only.
  await page.goto(`/en?q=${WORD}`);
  await expect(entry(page).getByTestId('snippet').locator('mark')).toHaveText(WORD);
  await expect(entry(page).getByTestId('translated-title')).toHaveCount(0);
});

test('when the original matches too, a reader of the translation gets the snippet from it, named', async ({ page }) => {
  // A word of the original's title, or the word only the translation has: both texts match.
  const originalWord = article.title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
  const view = `q=${encodeURIComponent(`${WORD} OR ${originalWord}`)}&lang=en&sort=date`;
  await page.goto(`/ar?${view}`);
  const item = entry(page);
  await expect(item.getByTestId('translation-match')).toHaveAttribute('data-only', 'false');
  await expect(item.getByTestId('snippet-source')).toHaveText('من الترجمة (العربية):');
  const snippet = item.getByTestId('snippet');
  await expect(snippet).toHaveAttribute('lang', 'ar');
  await expect(snippet).toHaveAttribute('dir', 'rtl');
  await expect(snippet.locator('mark')).toHaveText(WORD);
  // The title opens the article beside that translation, at the snippet's paragraph.
  await expect(item.locator('h3 a')).toHaveAttribute('href', /view=both&tl=ar#t-2$/);

  // A reader without that translation's language gets the original's words.
  await page.goto(`/en?${view}`);
  await expect(entry(page).getByTestId('translation-match')).toHaveText('Also matched in translation (Arabic)');
  await expect(entry(page).getByTestId('snippet-source')).toHaveCount(0);
  await expect(entry(page).locator('[data-testid="snippet"]:not([lang="en"])')).toHaveCount(0);
});
