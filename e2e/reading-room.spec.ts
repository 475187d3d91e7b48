import { expect, test, type Page } from '@playwright/test';

// The e2e server is seeded from ../shared/corpus: five articles, three on Pakistan–US,
// one on Iran–Pakistan, one on Russia–US; two of them dated (2024-07-05 and 2024-09-17).

const results = (page: Page) => page.getByTestId('results').locator('[data-article-id]');
const facetLink = (page: Page, facet: string, value: string) => page.locator(`[data-facet="${facet}"] a[data-value="${value}"]`);

async function resultIds(page: Page): Promise<string[]> {
  return results(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-article-id') ?? ''));
}

for (const locale of ['en', 'ar'] as const) {
  test.describe(`reading room (${locale})`, () => {
    test('sets language and direction on the page', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(results(page)).toHaveCount(5);
    });

    test('filters by country pair, with the other facets counted inside the selection', async ({ page }) => {
      await page.goto(`/${locale}`);
      await facetLink(page, 'pair', 'PK-US').click();
      await expect(page).toHaveURL(/[?&]pair=PK-US\b/);
      await expect(results(page)).toHaveCount(3);
      await expect(facetLink(page, 'pair', 'PK-US')).toHaveAttribute('aria-current', 'true');
      // Its own facet still offers the other pairs with their full counts.
      await expect(facetLink(page, 'pair', 'IR-PK')).toBeVisible();
      await expect(facetLink(page, 'language', 'vi')).toBeVisible();
      await expect(facetLink(page, 'language', 'fa-AF')).toBeVisible();
      await expect(facetLink(page, 'language', 'ar')).toBeVisible();

      await facetLink(page, 'language', 'ar').click();
      await expect(page).toHaveURL(/lang=ar/);
      await expect(results(page)).toHaveCount(1);
      await expect(results(page).first().locator('a').first()).toHaveAttribute('lang', 'ar');
      await expect(results(page).first().locator('a').first()).toHaveAttribute('dir', 'rtl');
    });

    test('filters by date with the histogram and with from/to, and reaches undated articles', async ({ page }) => {
      await page.goto(`/${locale}?pair=PK-US`);
      await page.locator('[data-facet="date"] a[data-bucket="2024-09"]').click();
      await expect(page).toHaveURL(/from=2024-09-01&to=2024-09-30/);
      await expect(results(page)).toHaveCount(1);

      await page.locator('input[type="date"][name="from"]').fill('2024-07-01');
      await page.locator('input[type="date"][name="to"]').fill('2024-07-31');
      await page.locator('aside form button[type="submit"]').click();
      await expect(page).toHaveURL(/from=2024-07-01/);
      await expect(page).toHaveURL(/pair=PK-US/);
      await expect(results(page)).toHaveCount(1);
      await expect(results(page).first().locator('a').first()).toHaveAttribute('lang', 'fa-AF');

      await page.locator('[data-facet-undated]').click();
      await expect(page).toHaveURL(/undated=1/);
      await expect(results(page)).toHaveCount(1);
      await expect(results(page).first().locator('a').first()).toHaveAttribute('lang', 'vi');
    });

    test('a copied link reproduces the same view in a fresh browser', async ({ page, browser }) => {
      await page.goto(`/${locale}`);
      await facetLink(page, 'pair', 'PK-US').click();
      await expect(page).toHaveURL(/pair=PK-US/);
      await facetLink(page, 'language', 'vi').click();
      await expect(page).toHaveURL(/lang=vi/);
      await expect(results(page)).toHaveCount(1);
      const url = page.url();
      const ids = await resultIds(page);

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(url);
      await expect(results(other)).toHaveCount(1);
      expect(await resultIds(other)).toEqual(ids);
      await fresh.close();
    });
  });
}

test('the locale switcher keeps the filters', async ({ page }) => {
  await page.goto('/en?pair=PK-US&lang=ar');
  await page.getByTestId('locale-switcher').locator('summary').click();
  await page.locator('nav a[hreflang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\?/);
  await expect(page).toHaveURL(/pair=PK-US/);
  await expect(page).toHaveURL(/lang=ar/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(results(page)).toHaveCount(1);

  await page.getByTestId('locale-switcher').locator('summary').click();
  await page.locator('nav a[hreflang="fa-AF"]').click();
  await expect(page).toHaveURL(/\/fa\?/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
});

test('bad parameters are reported, not fatal', async ({ page }) => {
  const response = await page.goto('/en?pair=XX&from=2024-13-40&page=abc');
  expect(response?.status()).toBe(200);
  await expect(page.locator('main [role="alert"]')).toContainText('pair=XX');
  await expect(results(page)).toHaveCount(5);
});

test('a page too deep to open by number says so and offers the way through the cursor', async ({ page }) => {
  await page.goto('/en?page=51');
  await expect(page.getByTestId('too-deep')).toContainText('Page 51 cannot be opened by its number');
  await expect(results(page)).toHaveCount(0);
  await page.getByTestId('too-deep').getByRole('link').click();
  await expect(results(page)).toHaveCount(5);
  await page.goto('/ar?page=51');
  await expect(page.getByTestId('too-deep')).toContainText('لا يمكن فتح الصفحة');
});

test('a parameter repeated past its cap is read up to the cap and named', async ({ page }) => {
  const sources = Array.from({ length: 60 }, (_, i) => `source=S${i}`).join('&');
  await page.goto(`/en?${sources}&pair=PK-US&pair=PK-US&q=a&q=b`);
  const notice = page.getByTestId('repeated');
  await expect(notice).toContainText('only their first values were used');
  await expect(notice).toContainText('source, q');
  await expect(notice).toContainText('up to 50 values');
});

test('health endpoint tells an anonymous caller only that the service is up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('a view prefetches none of the pages it links to; a click still navigates without a reload', async ({ page }) => {
  // Every page is dynamic: a prefetch is a full server render, and a view links to dozens.
  const prefetches: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetches.push(request.url());
  });
  await page.goto('/en');
  await expect(page.getByTestId('results').locator('[data-article-id]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(prefetches).toEqual([]);

  // Client-side navigation still works: the document is not reloaded.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByTestId('results').locator('[data-article-id] h3 a').first().click();
  await expect(page.locator('article')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(prefetches).toEqual([]);
});
