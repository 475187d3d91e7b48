import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARABIC_TITLE, demoIds, refuseClipboard } from './reading-fixtures';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

const box = async (locator: Locator) => (await locator.boundingBox())!;

/** Whether the page scrolls sideways: something sticks out past the viewport's edge. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

// The e2e server runs with RELATED_WINDOW_DAYS=90 (playwright.config.ts); on PK-US the Dari article
// (2024-07-05) and the Arabic one (2024-09-17) are 74 days apart.
for (const locale of ['en', 'ar'] as const) {
  test.describe(`related coverage can be widened (${locale} UI)`, () => {
    test('a narrow window offers the next wider one and every article on the pair', async ({ page, request }) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.dari}?related=30`);
      const related = page.getByTestId('related-coverage');
      await expect(related.getByRole('heading', { level: 2 })).toContainText('30');
      await expect(related.getByTestId('related-none')).toBeVisible();
      await expect(related.getByTestId('related-invalid')).toHaveCount(0);

      const widen = related.getByTestId('related-widen');
      if (locale === 'en') await expect(widen).toHaveText('Widen to 90 days either side');
      await widen.click();
      await expect(page).toHaveURL(/[?&]related=90(#related-heading)?$/);
      await expect(related.getByRole('heading', { level: 2 })).toContainText('90');
      await expect(related.locator(`[data-related-id="${ids.arabic}"] a`)).toHaveText(ARABIC_TITLE);

      // Every article on the pair, whatever its date: the Dari, Arabic and Vietnamese ones.
      const all = related.getByTestId('related-all-pair');
      await expect(all).toHaveAttribute('href', `/${locale}?pair=PK-US`);
      await all.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}\\?pair=PK-US$`));
      await expect(page.getByTestId('results').locator('[data-article-id]')).toHaveCount(3);
    });

    test('a window the page cannot use is named and the configured one is shown', async ({ page, request }) => {
      const ids = await demoIds(request);
      for (const bad of ['abc', '3651', '-2']) {
        await page.goto(`/${locale}/articles/${ids.arabic}?related=${bad}`);
        const related = page.getByTestId('related-coverage');
        const notice = related.getByTestId('related-invalid');
        await expect(notice).toBeVisible();
        await expect(notice.locator('bdi')).toHaveText(`related=${bad}`);
        await expect(notice).toContainText('3650');
        await expect(related.getByRole('heading', { level: 2 })).toContainText('90');
        await expect(related.locator(`[data-related-id="${ids.dari}"]`)).toHaveCount(1);
      }
      // The widest window offers no wider one, only the pair.
      await page.goto(`/${locale}/articles/${ids.arabic}?related=3650`);
      await expect(page.getByTestId('related-widen')).toHaveCount(0);
      await expect(page.getByTestId('related-all-pair')).toBeVisible();
    });
  });

  test.describe(`short permalink (${locale} UI)`, () => {
    test('the panel, the citation and the printed page give /{locale}/articles/{id}, and it opens the article', async ({
      page,
      context,
      request,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.arabic}?q=${encodeURIComponent('باكستان')}`);
      const origin = new URL(page.url()).origin;
      const permalink = page.getByTestId('metadata-panel').locator('[data-field="permalink"]');
      await expect(permalink).toHaveText(new RegExp(`^https?://[^/]+/${locale}/articles/${ids.arabic}$`));

      await page.getByTestId('cite-button').click();
      await expect(page.getByTestId('cite').getByRole('status')).not.toBeEmpty();
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      expect(citation).toContain(` ${origin}/${locale}/articles/${ids.arabic}. `);
      expect(citation).not.toContain('%');

      await page.locator(`button[data-copy-link="/${locale}/articles/${ids.arabic}"]`).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/${locale}/articles/${ids.arabic}`);

      await page.emulateMedia({ media: 'print' });
      await expect(permalink).toBeVisible();
      await expect(permalink).toHaveText(new RegExp(`/${locale}/articles/${ids.arabic}$`));

      await page.emulateMedia({ media: 'screen' });
      const response = await page.goto(`/${locale}/articles/${ids.arabic}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('article h1')).toHaveText(ARABIC_TITLE);
    });
  });

  for (const [name, viewport] of [
    ['1366', LAPTOP],
    ['390', PHONE],
  ] as const) {
    test.describe(`refused clipboard at ${name} px (${locale} UI)`, () => {
      test.use({ viewport });

      test('the citation and the link are shown on a line of their own; no button is squeezed', async ({ page, request }, testInfo) => {
        await refuseClipboard(page);
        const ids = await demoIds(request);
        await page.goto(`/${locale}/articles/${ids.dari}`);
        const buttons = [
          page.locator(`[data-compare-toggle="${ids.dari}"]`).first(),
          page.getByTestId('cite-button'),
          page.locator('[data-testid="copy-article-link"] button'),
        ];
        const before = await Promise.all(buttons.map((button) => box(button)));

        await page.getByTestId('cite-button').click();
        await expect(page.getByTestId('cite').getByTestId('copy-fallback')).toBeFocused();
        await page.locator('[data-testid="copy-article-link"] button').click();
        const linkFallback = page.getByTestId('copy-article-link').getByTestId('copy-fallback');
        await expect(linkFallback).toBeFocused();
        expect(await linkFallback.inputValue()).toBe(`${new URL(page.url()).origin}/${locale}/articles/${ids.dari}`);

        // Each button keeps its one line of text.
        for (const [i, button] of buttons.entries()) {
          expect((await box(button)).height, `button ${i + 1}`).toBeLessThanOrEqual(before[i]!.height + 1);
        }
        // Each fallback is wide enough to read and inside the screen.
        for (const fallback of await page.getByTestId('copy-fallback-box').all()) {
          const b = await box(fallback);
          expect(b.width).toBeGreaterThanOrEqual(Math.min(300, viewport.width - 60));
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
        }
        expect(await scrollsSideways(page)).toBe(false);
        await testInfo.attach(`copy-fallback-${locale}-${name}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      });

      test('a paragraph link that cannot be copied floats under its ¶ without narrowing the text', async ({ page, request }) => {
        await refuseClipboard(page);
        const ids = await demoIds(request);
        await page.goto(`/${locale}/articles/${ids.dari}`);
        const paragraph = page.locator('[data-paragraph="1"]');
        const width = (await box(paragraph)).width;
        await page.locator('[data-passage-button="1"]').click();
        const fallback = page.getByTestId('copy-fallback-box');
        await expect(fallback.getByTestId('copy-fallback')).toBeFocused();
        expect((await box(paragraph)).width).toBeGreaterThanOrEqual(width - 1);
        const b = await box(fallback);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
        expect(await scrollsSideways(page)).toBe(false);
      });
    });
  }

  test.describe(`compare bar on a phone (${locale} UI)`, () => {
    test.use({ viewport: PHONE });

    test('every remove button is on screen and removes its article', async ({ page, request }, testInfo) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}`);
      for (const id of [ids.dari, ids.arabic, ids.vietnamese]) await page.locator(`[data-compare-toggle="${id}"]`).first().click();
      const bar = page.getByTestId('compare-bar');
      await expect(bar.locator('li')).toHaveCount(3);
      await testInfo.attach(`compare-bar-${locale}-390.png`, { body: await page.screenshot(), contentType: 'image/png' });
      expect(await scrollsSideways(page)).toBe(false);
      const removes = bar.locator('li button');
      for (let i = 0; i < 3; i++) {
        const b = await box(removes.nth(i));
        expect(b.x, `remove ${i + 1} start`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `remove ${i + 1} end`).toBeLessThanOrEqual(PHONE.width);
        expect(b.y, `remove ${i + 1} top`).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height, `remove ${i + 1} bottom`).toBeLessThanOrEqual(PHONE.height);
        expect(b.width).toBeGreaterThanOrEqual(24);
        // Nothing covers it: the point at its middle is the button.
        const hit = await removes.nth(i).evaluate((button) => {
          const r = button.getBoundingClientRect();
          const found = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return found === button || button.contains(found);
        });
        expect(hit, `remove ${i + 1} reachable`).toBe(true);
      }
      // Removed one by one, by a tap where the button is.
      for (const left of [2, 1]) {
        const b = await box(removes.first());
        await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
        await expect(bar.locator('li')).toHaveCount(left);
      }
      await removes.first().click();
      await expect(bar).toHaveCount(0);
    });
  });
}
