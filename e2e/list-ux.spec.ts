import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoIds, refuseClipboard } from './reading-fixtures';

// The reading room's list page on a phone and from the keyboard, the way back from an article,
// pages past the last, empty views, link parameters it does not know, and digits.
// The e2e server holds five articles: three on Pakistan–US (fa-AF, ar, vi), one Iran–Pakistan, one Russia–US.

const results = (page: Page) => page.getByTestId('results').locator('[data-article-id]');
const facetLink = (page: Page, facet: string, value: string) => page.locator(`[data-facet="${facet}"] a[data-value="${value}"]`);
const prefix = { en: 'en', vi: 'vi', 'fa-AF': 'fa', ar: 'ar' } as const;
const ASCII_DIGIT = /[0-9]/;

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const locale of ['en', 'vi', 'fa-AF', 'ar'] as const) {
    test(`${locale}: search and the first result come before the filters, above the fold`, async ({ page }) => {
      await page.goto(`/${prefix[locale]}?pair=PK-US`);
      const first = results(page).first();
      await expect(first).toBeVisible();
      const search = await page.getByRole('searchbox').boundingBox();
      const title = await first.locator('h3').boundingBox();
      expect(search!.y).toBeLessThan(title!.y);
      expect(title!.y + title!.height).toBeLessThanOrEqual(844);
      // The facets wait behind one control that counts the filters in use.
      await expect(facetLink(page, 'pair', 'PK-US')).toBeHidden();
      await expect(page.getByTestId('filters-toggle')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`list-phone-${locale}.png`), fullPage: false });
    });
  }

  test('the filters control opens from the keyboard, and choosing a facet lands on the results', async ({ page }) => {
    await page.goto('/en?pair=PK-US&lang=ar');
    const toggle = page.getByTestId('filters-toggle');
    await expect(toggle).toHaveText(/Filters \(2\)/);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(facetLink(page, 'pair', 'PK-US')).toBeVisible();
    await facetLink(page, 'language', 'ar').click();
    await expect(page).toHaveURL(/#results$/);
    await expect(page.locator('#results')).toBeFocused();
    await expect(page.locator('#results')).toHaveText('3 articles');
    await expect(page.locator('#results')).toBeInViewport();
    await expect(page.getByTestId('filters-toggle')).toHaveText(/Filters \(1\)/);
  });

  test('counts the filters in the locale’s digits', async ({ page }) => {
    await page.goto('/ar?pair=PK-US&lang=ar');
    await expect(page.getByTestId('filters-toggle')).toContainText('(٢)');
    await page.goto('/fa?pair=PK-US&lang=ar');
    await expect(page.getByTestId('filters-toggle')).toContainText('(۲)');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the language switcher opens and switches, keeping the view', async ({ page }) => {
    await page.goto('/en?pair=PK-US');
    await page.getByTestId('locale-switcher').locator('summary').click();
    await page.getByTestId('locale-switcher').locator('a[hreflang="fa-AF"]').click();
    await expect(page).toHaveURL(/\/fa\?pair=PK-US$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });

  test('the filters control still opens the facets', async ({ page }) => {
    await page.goto('/en');
    await expect(facetLink(page, 'pair', 'PK-US')).toBeHidden();
    await page.getByTestId('filters-toggle').click();
    await expect(facetLink(page, 'pair', 'PK-US')).toBeVisible();
  });

  test('choosing a facet focuses the new count, by the browser alone', async ({ page }) => {
    await page.goto('/en?pair=PK-US&lang=ar');
    await page.getByTestId('filters-toggle').click();
    await facetLink(page, 'language', 'ar').click();
    await expect(page).toHaveURL(/#results$/);
    await expect(page.locator('#results')).toBeFocused();
    await expect(page.locator('#results')).toHaveText('3 articles');
  });
});

test.describe('on a wide screen', () => {
  test('the facet panel is shown beside the results, with no control in front of it', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByTestId('filters-toggle')).toBeHidden();
    const facet = await facetLink(page, 'pair', 'PK-US').boundingBox();
    const first = await results(page).first().boundingBox();
    expect(facet!.x + facet!.width).toBeLessThanOrEqual(first!.x);
    // The search sits right above the results: the tall facet column does not stretch the row between them.
    const search = await page.getByRole('searchbox').boundingBox();
    expect(first!.y - (search!.y + search!.height)).toBeLessThan(200);
    await page.screenshot({ path: test.info().outputPath('list-desktop-en.png') });
  });
});

test.describe('keyboard and headings', () => {
  for (const locale of ['en', 'vi', 'fa-AF', 'ar'] as const) {
    test(`${locale}: from the top of a fresh page the search is at most five Tab presses away`, async ({ page }) => {
      await page.goto(`/${prefix[locale]}`);
      const search = page.getByRole('searchbox');
      const focused = () => search.evaluate((el) => el === document.activeElement);
      let presses = 0;
      while (presses < 12 && !(await focused())) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(await focused()).toBe(true);
      expect(presses).toBeLessThanOrEqual(5);
    });
  }

  test('the language switcher is one tab stop that opens to every language, keeping the view', async ({ page }) => {
    await page.goto('/en?pair=PK-US&lang=ar');
    await page.getByRole('link', { name: 'Reading room' }).focus();
    await page.keyboard.press('Tab');
    const switcher = page.getByTestId('locale-switcher');
    const summary = switcher.locator('summary');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAccessibleName('Interface language: English');
    await expect(switcher.getByRole('link')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox')).toBeFocused();

    await summary.focus();
    await page.keyboard.press('Enter');
    const links = switcher.getByRole('link');
    await expect(links).toHaveCount(4);
    for (const [locale, path] of Object.entries(prefix)) {
      const link = switcher.locator(`a[hreflang="${locale}"]`);
      await expect(link).toHaveAttribute('lang', locale);
      await expect(link).toHaveAttribute('href', `/${path}?pair=PK-US&lang=ar`);
    }
    await expect(switcher.locator('a[aria-current="true"]')).toHaveAttribute('hreflang', 'en');
    await expect(switcher.locator('a[hreflang="ar"]')).toHaveAttribute('dir', 'rtl');
    await page.keyboard.press('Escape');
    await expect(links).toHaveCount(0);
    await expect(summary).toBeFocused();

    await page.keyboard.press('Enter');
    await switcher.locator('a[hreflang="vi"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/vi\?pair=PK-US&lang=ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByTestId('locale-switcher').locator('summary')).toHaveAccessibleName(/Tiếng Việt$/);
    await expect(page.getByTestId('locale-switcher').getByRole('link')).toHaveCount(0);
  });

  test('skip to content, then one Tab, reaches the search; the search comes before every facet', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox')).toBeFocused();
    const searchFirst = await page.evaluate(() => {
      const search = document.querySelector('input[type="search"]')!;
      const facet = document.querySelector('[data-facet] a')!;
      return Boolean(search.compareDocumentPosition(facet) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(searchFirst).toBe(true);
  });

  test('choosing a facet with Enter moves focus to the heading that states the new count', async ({ page }) => {
    await page.goto('/en');
    await facetLink(page, 'pair', 'PK-US').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/pair=PK-US#results$/);
    await expect(page.locator('#results')).toBeFocused();
    await expect(page.locator(':focus')).toHaveText('3 articles');
  });

  test('the page’s h1 comes before the Filters h2, and axe finds no heading-order issue', async ({ page }) => {
    await page.goto('/en?pair=PK-US');
    const headings = await page
      .locator('main')
      .locator('h1, h2')
      .evaluateAll((els) => els.map((el) => el.tagName));
    expect(headings[0]).toBe('H1');
    const scan = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
    expect(scan.violations).toEqual([]);
  });
});

test.describe('the way back', () => {
  test('the article’s back link returns to the list with the filters its address carries', async ({ page, request }) => {
    const ids = await demoIds(request);
    await page.goto(`/en/articles/${ids.arabic}?pair=PK-US&lang=ar`);
    const back = page.getByTestId('back-to-list');
    await expect(back).toHaveAttribute('href', '/en?pair=PK-US&lang=ar');
    await back.click();
    await expect(results(page)).toHaveCount(1);
    await expect(facetLink(page, 'language', 'ar')).toHaveAttribute('aria-current', 'true');
  });

  test('from a filtered list, an article and its back link keep the list’s filters', async ({ page }) => {
    await page.goto('/en?pair=PK-US&lang=ar');
    await results(page).first().locator('h3 a').click();
    await expect(page).toHaveURL(/\/en\/articles\/[0-9a-z]{12}\/.*\?pair=PK-US&lang=ar$/);
    await page.getByTestId('back-to-list').click();
    await expect(page).toHaveURL(/\/en\?pair=PK-US&lang=ar(#results)?$/);
    await expect(results(page)).toHaveCount(1);
  });

  test('the back link is always the reading room, whatever the address carries', async ({ page, request }) => {
    const ids = await demoIds(request);
    await page.goto(
      `/en/articles/${ids.arabic}?back=${encodeURIComponent('https://example.org/')}&pair=XX-YY&source=${encodeURIComponent('//example.org')}`,
    );
    const href = await page.getByTestId('back-to-list').getAttribute('href');
    expect(href).toBe('/en?source=%2F%2Fexample.org');
    expect(new URL(href!, page.url()).origin).toBe(new URL(page.url()).origin);
  });

  test('a page past the last says so, without "no article matches", and links to the last page', async ({ page }) => {
    await page.goto('/en?pair=PK-US&page=9');
    await expect(page.getByTestId('past-last-page')).toContainText('There is no page 9 in this view: it has 1 page.');
    await expect(page.getByTestId('no-results')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);
    await page.getByTestId('past-last-link').click();
    await expect(page).toHaveURL(/\/en\?pair=PK-US#results$/);
    await expect(results(page)).toHaveCount(3);
  });
});

test.describe('empty views and unknown parameters', () => {
  test('an empty view says so once and offers links that loosen it', async ({ page }) => {
    await page.goto('/en?q=zzqxj&pair=PK-US');
    await expect(page.getByTestId('no-results')).toContainText('No article matches these filters.');
    await expect(page.getByText('Nothing to choose from with these filters.')).toHaveCount(0);
    const loosen = page.getByTestId('loosen');
    await expect(loosen.getByRole('link')).toHaveText(['Remove the search zzqxj', 'Remove Pakistan – United States', 'Clear all filters']);
    await loosen.getByRole('link', { name: 'Remove the search zzqxj' }).click();
    await expect(results(page)).toHaveCount(3);
    await expect(page.locator('#results')).toBeFocused();
  });

  test('an unknown parameter and a pair of non-country codes are named, and the pair is not selected', async ({ page }) => {
    await page.goto('/en?foo=bar&pair=XX-YY');
    await expect(page.getByTestId('unknown-params')).toContainText('foo=bar');
    await expect(page.getByTestId('ignored')).toContainText('pair=XX-YY');
    await expect(page.locator('[data-facet] a[aria-current="true"]')).toHaveCount(0);
    await expect(results(page)).toHaveCount(5);
  });
});

for (const [name, viewport] of [
  ['1366', { width: 1366, height: 900 }],
  ['390', { width: 390, height: 844 }],
] as const) {
  test.describe(`refused clipboard at ${name} px`, () => {
    test.use({ viewport });

    for (const locale of ['en', 'ar'] as const) {
      test(`${locale}: copying the view's link keeps the button on one line and shows the link selected`, async ({ page }, testInfo) => {
        await refuseClipboard(page);
        await page.goto(`/${prefix[locale]}?pair=PK-US`);
        const button = page.locator('button[data-copy-link=""]');
        const before = (await button.boundingBox())!;
        await button.click();
        const field = page.getByTestId('copy-fallback');
        await expect(field).toBeFocused();
        expect(await field.inputValue()).toBe(page.url());
        expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([
          0,
          page.url().length,
        ]);
        const after = (await button.boundingBox())!;
        expect(after.height).toBeLessThanOrEqual(before.height + 1);
        expect(after.width).toBeGreaterThanOrEqual(before.width - 1);
        const box = (await page.getByTestId('copy-fallback-box').boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(Math.min(300, viewport.width - 60));
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
        await testInfo.attach(`copy-view-fallback-${locale}-${name}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      });
    }
  });
}

test.describe('digits', () => {
  test('Arabic and Dari list pages show counts in their own digits', async ({ page }) => {
    await page.goto('/ar?pair=PK-US');
    await expect(page.getByTestId('result-count')).toHaveText('٣ مقالات');
    await page.goto('/fa?pair=PK-US');
    await expect(page.getByTestId('result-count')).toHaveText('۳ مقاله');
  });

  test('paragraph marks and the passage note use the UI’s digits', async ({ page, request }) => {
    const ids = await demoIds(request);
    await page.goto(`/ar/articles/${ids.arabic}?passage=2`);
    await expect(page.locator('[data-passage-button="2"]')).toHaveText('¶٢');
    await expect(page.getByTestId('passage-note')).toContainText('٢');
    expect(await page.getByTestId('passage-note').textContent()).not.toMatch(ASCII_DIGIT);
    await page.goto(`/fa/articles/${ids.dari}`);
    await expect(page.locator('[data-passage-button="1"]')).toHaveText('¶۱');
  });
});
