import { expect, test, type Locator } from '@playwright/test';
import { seriousViolations, signIn } from './support/admin';

// Runs on the admin project's server (see playwright.config.ts) against a synthetic Vietnamese
// article, so that nothing admin.spec.ts counts is published or changed. Steps build on each other.
test.describe.configure({ mode: 'serial' });

// A word in the translation only: no synthetic article contains it.
const WORD = 'xylocarpous';
const TRANSLATION = [
  'Officials of both countries met to discuss sharing intelligence.',
  'They also talked about border security.',
  `The delegations agreed on a ${WORD} working group on armed groups' finances.`,
  'Analysts said relations could improve.',
].join('\n');

let articleId = '';
let originalCount = 0;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

test('an admin attaches a translation, is told what is wrong, and realigns it', async ({ page, request }) => {
  test.slow();
  const listing = (await (await request.get('/api/articles?lang=vi&sort=date')).json()) as { items: { id: string; synthetic: boolean }[] };
  articleId = listing.items.find((item) => item.synthetic)?.id ?? '';
  expect(articleId).toMatch(/^[0-9a-z]{12}$/);

  await signIn(page);
  await page.goto(`/en/admin/articles/${articleId}/edit`);
  const section = page.getByTestId('translations-section');
  await expect(section).toContainText('No translation is attached yet.');
  const form = page.getByTestId('attach-translation');

  // Nothing to attach, then the article's own language: refused with a sentence, nothing stored.
  await form.getByLabel('Translated into').fill('en');
  await form.getByRole('button', { name: 'Attach translation' }).click();
  await expect(page.getByTestId('attach-result')).toContainText('Paste the translation or choose a file.');
  await form.getByLabel('Translated into').fill('vi');
  await form.getByLabel('Headline of the translation').fill('Both countries expand counterterrorism cooperation');
  await form.getByLabel('Translator or origin').fill('Desk translation');
  await form.getByLabel('Translation text').fill(TRANSLATION);
  await form.getByRole('button', { name: 'Attach translation' }).click();
  await expect(page.getByTestId('attach-result')).toContainText('The translation must be in another language than the article.');

  // A refusal keeps what was typed: only the language needs correcting.
  await expect(form.getByLabel('Translation text')).toHaveValue(TRANSLATION);
  await form.getByLabel('Translated into').fill('en');
  await form.getByRole('button', { name: 'Attach translation' }).click();
  await expect(page.getByTestId('attach-result')).toHaveAttribute('data-state', 'attached');
  await expect(page.getByTestId('attach-result')).toContainText('Translation attached (4 paragraphs)');
  await expect(form.getByLabel('Translation text')).toHaveValue('');

  const attached = page.locator('[data-testid="translation-admin"][data-language="en"]');
  await expect(attached).toBeVisible();
  originalCount = await attached.getByLabel('Paragraph 1 sits beside').locator('option').count();
  expect(originalCount).toBe(3);
  // Aligned by paragraph order: the surplus paragraph sits beside the original's last.
  for (const [paragraph, original] of [
    [1, '0'],
    [2, '1'],
    [3, '2'],
    [4, '2'],
  ] as const) {
    await expect(attached.getByLabel(`Paragraph ${paragraph} sits beside`)).toHaveValue(original);
  }

  // Going back in the original's order is flagged at once, and refused by the server.
  await attached.getByLabel('Paragraph 4 sits beside').selectOption({ label: 'original paragraph 1' });
  await expect(attached.getByTestId('alignment-warning')).toContainText(
    'Paragraph 4 is beside original paragraph 1, before the paragraph above it (original paragraph 3).',
  );
  await attached.getByRole('button', { name: 'Save alignment' }).click();
  await expect(attached.getByTestId('realign-result')).toHaveAttribute('data-state', 'invalid');
  await expect(attached.getByLabel('Paragraph 4 sits beside')).toHaveValue('0');
  await expect(attached.getByLabel('Paragraph 3 sits beside')).toHaveValue('2');

  // The translator split the first paragraph in two: 1, 1, 2, 3.
  await attached.getByLabel('Paragraph 2 sits beside').selectOption({ label: 'original paragraph 1' });
  await attached.getByLabel('Paragraph 3 sits beside').selectOption({ label: 'original paragraph 2' });
  await attached.getByLabel('Paragraph 4 sits beside').selectOption({ label: 'original paragraph 3' });
  await expect(attached.getByTestId('alignment-warning')).toHaveCount(0);
  await attached.getByRole('button', { name: 'Save alignment' }).click();
  await expect(attached.getByTestId('realign-result')).toHaveAttribute('data-state', 'realigned');
  await page.reload();
  for (const [paragraph, original] of [
    [1, '0'],
    [2, '0'],
    [3, '1'],
    [4, '2'],
  ] as const) {
    await expect(attached.getByLabel(`Paragraph ${paragraph} sits beside`)).toHaveValue(original);
  }
  expect(await seriousViolations(page)).toEqual([]);

  // A second translation, from an HTML file: its headline is the file's h1.
  await form.getByLabel('Translated into').fill('fr');
  await form.getByLabel(/or a file/).setInputFiles({
    name: 'traduction.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><head><title>Page</title><script>x()</script></head><body><nav>Accueil</nav><h1>Les deux pays coopèrent</h1><p>Premier paragraphe.</p><p>Deuxième paragraphe.</p><p>Troisième paragraphe.</p></body></html>',
    ),
  });
  await form.getByRole('button', { name: 'Attach translation' }).click();
  await expect(page.getByTestId('attach-result')).toContainText('Translation attached (3 paragraphs)');
  await expect(page.locator('[data-testid="translation-admin"][data-language="fr"]')).toContainText('Les deux pays coopèrent');

  await page.goto(`/en/admin/audit?article=${articleId}`);
  const actions = await page
    .locator('[data-testid="audit-log"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
  expect(actions.slice(0, 3)).toEqual(['translation_attach', 'translation_realign', 'translation_attach']);
  await expect(page.locator('tr[data-action="translation_attach"]').first()).toContainText('Attached a translation (');
});

test('readers switch between original, translation and both, by keyboard, aligned row by row', async ({ page }) => {
  expect(articleId).not.toBe('');
  await page.goto(`/en/articles/${articleId}`);
  const switcher = page.getByRole('navigation', { name: 'Reading view' });
  await expect(switcher.getByRole('link', { name: 'Original (Vietnamese)' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('article[lang="vi"]')).toBeVisible();

  await switcher.getByRole('link', { name: 'Original (Vietnamese)' }).focus();
  await page.keyboard.press('Tab');
  await expect(switcher.getByRole('link', { name: 'Translation (English)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=translation/);
  const translation = page.getByTestId('translation-text');
  await expect(translation).toHaveAttribute('lang', 'en');
  await expect(translation.locator('h1')).toHaveText('Both countries expand counterterrorism cooperation');
  await expect(page.getByTestId('translation-note')).toContainText('Translated from Vietnamese into English. Source: Desk translation');

  await switcher.getByRole('link', { name: 'Translation (English)' }).focus();
  await page.keyboard.press('Tab');
  await expect(switcher.getByRole('link', { name: 'Side by side' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=both/);
  const rows = page.getByTestId('aligned-row');
  await expect(rows).toHaveCount(originalCount);
  await expect(rows.nth(0).locator('[data-side="translation"] p')).toHaveCount(2);
  await expect(rows.nth(1).locator('[data-side="translation"] p')).toHaveText(new RegExp(WORD));
  await expect(rows.nth(2).locator('[data-side="translation"] p')).toHaveText('Analysts said relations could improve.');
  for (let i = 0; i < originalCount; i++) {
    const original = rows.nth(i).locator('[data-side="original"]');
    const translated = rows.nth(i).locator('[data-side="translation"]');
    await expect(original).toHaveAttribute('lang', 'vi');
    await expect(translated).toHaveAttribute('lang', 'en');
    await expect(translated).toHaveAttribute('dir', 'ltr');
    const [o, t] = [await box(original), await box(translated)];
    expect(Math.abs(o.y - t.y)).toBeLessThan(2);
    expect(o.x).toBeLessThan(t.x);
  }
  expect(await seriousViolations(page)).toEqual([]);

  // With two translations the reader chooses one; the choice is in the URL.
  await switcher.getByRole('link', { name: 'French' }).click();
  await expect(page).toHaveURL(/view=both&tl=fr/);
  await expect(page.getByTestId('translation-title')).toHaveText('Les deux pays coopèrent');
  await expect(page.getByTestId('translation-title')).toHaveAttribute('lang', 'fr');

  // The citation carries the title of the translation being read, beside the original's.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('cite-button').click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('Les deux pays coopèrent');
});

test('in the Arabic interface the original takes the start (right) column, each side in its own direction', async ({ page }) => {
  await page.goto(`/ar/articles/${articleId}?view=both&tl=en`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'طريقة القراءة' }).getByRole('link', { name: 'جنبًا إلى جنب' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const rows = page.getByTestId('aligned-row');
  await expect(rows).toHaveCount(originalCount);
  for (let i = 0; i < originalCount; i++) {
    const original = rows.nth(i).locator('[data-side="original"]');
    const translated = rows.nth(i).locator('[data-side="translation"]');
    await expect(original).toHaveAttribute('dir', 'ltr');
    await expect(translated).toHaveAttribute('dir', 'ltr');
    const [o, t] = [await box(original), await box(translated)];
    expect(Math.abs(o.y - t.y)).toBeLessThan(2);
    expect(o.x).toBeGreaterThan(t.x);
  }
  await page.screenshot({ path: test.info().outputPath('side-by-side-ar.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test('a search for a word only in the translation finds the article and says the match was in a translation', async ({ page, request }) => {
  await page.goto(`/en?q=${WORD}`);
  const items = page.locator('li[data-article-id]');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-article-id', articleId);
  await expect(items.first().getByTestId('translation-match')).toHaveText('Matched in translation (English)');
  const snippet = items.first().getByTestId('snippet');
  await expect(snippet).toHaveAttribute('lang', 'en');
  await expect(snippet.locator('mark')).toHaveText(WORD);

  const api = (await (await request.get(`/api/articles?q=${WORD}`)).json()) as {
    total: number;
    items: { id: string; translationMatch?: unknown }[];
    facets: { languages: unknown[] };
  };
  expect(api.total).toBe(1);
  expect(api.items[0]).toMatchObject({ id: articleId, translationMatch: { languages: ['en'], inOriginal: false, snippetLanguage: 'en' } });
  expect(api.facets.languages).toEqual([{ value: 'vi', count: 1 }]);

  // The result opens beside the translation, at the matching translation paragraph.
  await items.first().locator('h3 a').click();
  await expect(page).toHaveURL(/view=both.*#t-3$/);
  await expect(page.locator('#t-3 mark')).toHaveText(WORD);

  await page.goto(`/ar?q=${WORD}`);
  await expect(page.locator('li[data-article-id]').first().getByTestId('translation-match')).toContainText('تطابق في الترجمة');
});

test('deleting the translation takes it out of the article page and the search', async ({ page }) => {
  test.slow();
  await signIn(page);
  await page.goto(`/en/admin/articles/${articleId}/edit`);
  await page.getByRole('button', { name: 'Delete the English translation' }).click();
  await expect(page.locator('[data-testid="translation-admin"][data-language="en"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete the French translation' }).click();
  await expect(page.getByTestId('translations-section')).toContainText('No translation is attached yet.');
  await page.goto(`/en?q=${WORD}`);
  await expect(page.locator('li[data-article-id]')).toHaveCount(0);
  await page.goto(`/en/articles/${articleId}?view=both`);
  await expect(page.getByTestId('reading-switcher')).toHaveCount(0);
  await expect(page.locator('article[lang="vi"]')).toBeVisible();
});
