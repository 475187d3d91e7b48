import { expect, test } from '@playwright/test';
import { ARABIC_TITLE, DARI_TITLE, demoIds, VIETNAMESE_TITLE } from './reading-fixtures';

// The e2e server runs with RELATED_WINDOW_DAYS=90 (playwright.config.ts): on PK-US the Dari article
// (2024-07-05) and the Arabic one (2024-09-17) are 74 days apart; the Vietnamese one has no year.
for (const locale of ['en', 'ar'] as const) {
  test.describe(`related coverage (${locale} UI)`, () => {
    test('lists the same pair within the window by language with dates, undated apart, other pairs left out', async ({
      page,
      request,
    }, testInfo) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.arabic}`);
      const related = page.getByTestId('related-coverage');
      await expect(related.getByRole('heading', { level: 2 })).toContainText(locale === 'en' ? '90 days' : '90');
      const groups = related.locator('[data-related-language]');
      await expect(groups).toHaveCount(1);
      const dari = related.locator('[data-related-language="fa-AF"]');
      // The group is named in the UI language (Intl.DisplayNames), not by its tag.
      const name = (await dari.getByRole('heading', { level: 3 }).textContent()) ?? '';
      expect(name).not.toContain('fa-AF');
      if (locale === 'en') expect(name).toContain('Dari');
      await expect(dari.locator(`[data-related-id="${ids.dari}"] a[lang="fa-AF"][dir="rtl"]`)).toHaveText(DARI_TITLE);
      await expect(dari.locator('time')).toHaveAttribute('datetime', '2024-07-05');
      const undated = related.getByTestId('related-undated');
      await expect(undated.locator(`[data-related-id="${ids.vietnamese}"] a`)).toHaveText(VIETNAMESE_TITLE);
      // IR-PK and RU-US articles are on other pairs.
      await expect(related.locator('[data-related-id]')).toHaveCount(2);
      // Every group is listed whole, so none links to the rest in the reading room.
      await expect(related.getByTestId('related-see-all')).toHaveCount(0);
      await testInfo.attach(`related-${locale}.png`, { body: await related.screenshot(), contentType: 'image/png' });

      await dari.locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`/articles/${ids.dari}/`));
      await expect(page.getByTestId('related-coverage').locator(`[data-related-id="${ids.arabic}"] a`)).toHaveText(ARABIC_TITLE);
    });

    test('an undated article has no window: it says so and lists only the undated', async ({ page, request }) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.vietnamese}`);
      const related = page.getByTestId('related-coverage');
      await expect(related.locator('[data-related-language]')).toHaveCount(0);
      await expect(related.locator('[data-related-id]')).toHaveCount(0);
      await expect(related.locator('p').nth(1)).not.toBeEmpty();
    });

    test('articles are added to a comparison from related coverage and the article itself', async ({ page, request }) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.arabic}`);
      await page.locator(`[data-compare-toggle="${ids.arabic}"]`).first().click();
      await expect(page.locator(`[data-compare-toggle="${ids.arabic}"]`).first()).toHaveAttribute('aria-pressed', 'true');
      const bar = page.getByTestId('compare-bar');
      await expect(bar.locator('li')).toHaveCount(1);
      await expect(bar.getByTestId('compare-open')).toHaveCount(0);
      await page.getByTestId('related-coverage').locator(`[data-compare-toggle="${ids.dari}"]`).click();
      await expect(bar.locator('li')).toHaveCount(2);
      await bar.getByTestId('compare-open').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/compare\\?ids=${ids.arabic}(%2C|,)${ids.dari}$`));
      await expect(page.locator('[data-compare-column]')).toHaveCount(2);
      await expect(page.locator('[data-compare-column="1"]')).toHaveAttribute('data-article-id', ids.arabic);
    });
  });
}
