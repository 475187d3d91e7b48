import { expect, test, type Page } from '@playwright/test';
import { demoIds } from './reading-fixtures';

// The list and an article in every UI language at a laptop's and a phone's size: each page must
// fit its width (nothing scrolls sideways, the usual sign of a layout broken in one direction) and
// be laid out in its language's direction. The screenshots are attached to the test report so a
// reviewer can look at all sixteen views without starting the app.
const LOCALES = [
  { locale: 'en', dir: 'ltr' },
  { locale: 'vi', dir: 'ltr' },
  { locale: 'fa', dir: 'rtl' },
  { locale: 'ar', dir: 'rtl' },
] as const;
const SIZES = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function checkAndAttach(page: Page, dir: string, name: string) {
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  await test.info().attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const { locale, dir } of LOCALES) {
      test(`the list and an article in ${locale} fit the screen`, async ({ page, request }) => {
        // Two pages and two full-page screenshots: more than a usual test's time on a busy machine.
        test.slow();
        const { dari } = await demoIds(request);
        await page.goto(`/${locale}`);
        await expect(page.locator('main h1').first()).toBeVisible();
        await checkAndAttach(page, dir, `list-${locale}-${size.name}`);
        await page.goto(`/${locale}/articles/${dari}`);
        // Inside main: the header's language menu holds a (closed, hidden) Dari link too.
        await expect(page.locator('main').locator('article[lang="fa-AF"], [lang="fa-AF"][dir="rtl"]').first()).toBeVisible();
        await checkAndAttach(page, dir, `article-${locale}-${size.name}`);
      });
    }
  });
}
