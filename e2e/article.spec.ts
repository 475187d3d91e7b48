import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const notFoundText = (locale: string): { title: string; home: string } =>
  JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')).NotFound;

async function openDariArticle(page: Page, locale: string) {
  await page.goto(`/${locale}?lang=fa-AF`);
  await page.getByTestId('results').locator('[data-article-id] h3 a').first().click();
  await expect(page).toHaveURL(new RegExp(`/${locale === 'fa-AF' ? 'fa' : locale}/articles/[0-9a-z]{12}/`));
}

for (const locale of ['en', 'ar'] as const) {
  test.describe(`article page (${locale})`, () => {
    test('shows the text in its own language and direction, with metadata beside it on the end side', async ({ page }) => {
      await openDariArticle(page, locale);
      const article = page.locator('article');
      await expect(article).toHaveAttribute('lang', 'fa-AF');
      await expect(article).toHaveAttribute('dir', 'rtl');
      await expect(article.locator('h1')).toHaveText('افزایش حملات در پاکستان؛ عاصم منیر در تلاش جلب کمک امریکا در مبارزه با تروریزم');
      // The Arabic-script font is the one that renders it.
      const font = await article
        .locator('p')
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
      expect(font).toContain('Vazirmatn');

      const panel = page.getByTestId('metadata-panel');
      await expect(panel.locator('[data-field="dateText"]')).toHaveText('جمعه ۱۵ سرطان ۱۴۰۳');
      await expect(panel.locator('[data-field="publishedAt"] time')).toHaveAttribute('datetime', '2024-07-05');
      await expect(panel.locator('[data-field="countries"] [data-code]')).toHaveCount(3);
      await expect(panel.locator('[data-field="sha256"]')).toHaveText(/^[0-9a-f]{64}$/);
      await expect(panel.locator('[data-field="fileName"]')).toHaveText('002_ccdf2c5256ebd40c.txt');

      const textBox = (await article.boundingBox())!;
      const panelBox = (await panel.boundingBox())!;
      // Side by side: their vertical extents overlap.
      expect(panelBox.y).toBeLessThan(textBox.y + textBox.height);
      if (locale === 'ar') expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(textBox.x + 1);
      else expect(panelBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width - 1);
    });

    test('puts the metadata below the text on a narrow screen', async ({ page }) => {
      await page.setViewportSize({ width: 420, height: 900 });
      await openDariArticle(page, locale);
      const textBox = (await page.locator('article').boundingBox())!;
      const panelBox = (await page.getByTestId('metadata-panel').boundingBox())!;
      expect(panelBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
    });

    test('copies a paragraph link that opens on that paragraph', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openDariArticle(page, locale);
      // The list's filters ride on the article's address; a passage link carries the passage alone.
      const opened = new URL(page.url());
      const articleUrl = `${opened.origin}${opened.pathname}`;
      await page.locator('button[data-passage-button="2"]').click();
      await expect(page.getByRole('status').filter({ hasText: /.+/ }).first()).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(decodeURI(copied)).toBe(`${decodeURI(articleUrl)}?passage=2#p-2`);

      await page.goto(copied);
      await expect(page.locator('#p-2')).toBeVisible();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-2');
    });

    test('has a title, description, canonical URL, hreflang alternates and link-preview tags', async ({ page }) => {
      await openDariArticle(page, locale);
      await expect(page).toHaveTitle(/عاصم منیر/);
      const head = page.locator('head');
      await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /لوی درستیز/);
      const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${locale}/articles/[0-9a-z]{12}/`));
      await expect(head.locator('link[rel="alternate"][hreflang]')).toHaveCount(5);
      await expect(head.locator('link[rel="alternate"][hreflang="fa-AF"]')).toHaveAttribute('href', /\/fa\/articles\//);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /عاصم منیر/);
      await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    });
  });
}

test('an unknown article id answers 404 with a translated page', async ({ page }) => {
  const response = await page.goto('/ar/articles/zzzzzzzzzzzz');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).not.toHaveText('Page not found');

  const english = await page.goto('/en/articles/not-an-id/whatever');
  expect(english?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  // Once its scripts have run, the address is still the one asked for (the proxy rewrites it to
  // the not-found page: proxy.ts).
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).pathname).toBe('/en/articles/not-an-id/whatever');
});

test('a 404 page is complete without JavaScript, in the language and direction of its address', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, lang, dir] of [
    ['/ar/articles/zzzzzzzzzzzz', 'ar', 'rtl'],
    ['/fa/no-such-page', 'fa-AF', 'rtl'],
    ['/en/articles/not-an-id/whatever', 'en', 'ltr'],
    ['/favicon.ico', 'en', 'ltr'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    // The reader's address stays what they asked for.
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const text = notFoundText(lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
    await expect(page.getByRole('link', { name: text.home })).toBeVisible();
  }
  await context.close();
  // The not-found page's own address is no page either.
  expect((await request.get('/en/missing')).status()).toBe(404);
});

test('the optional slug does not matter for finding the article', async ({ page }) => {
  await openDariArticle(page, 'en');
  const id = /articles\/([0-9a-z]{12})/.exec(page.url())![1];
  await page.goto(`/en/articles/${id}`);
  await expect(page.locator('article h1')).toContainText('عاصم منیر');
  await page.goto(`/en/articles/${id}/some-old-title`);
  await expect(page.locator('article h1')).toContainText('عاصم منیر');
});
