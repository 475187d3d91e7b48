import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoIds, DARI_TITLE, VIETNAMESE_TITLE } from './reading-fixtures';

const box = async (locator: Locator) => (await locator.boundingBox())!;
const font = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).fontFamily);

async function expectRowAligned(page: Page, testId: string, columns: number) {
  const cells = page.getByTestId(testId);
  await expect(cells).toHaveCount(columns);
  const boxes = await Promise.all([...Array(columns).keys()].map((i) => box(cells.nth(i))));
  for (const b of boxes.slice(1)) {
    expect(Math.abs(b.y - boxes[0]!.y), `${testId} top`).toBeLessThanOrEqual(1);
    expect(Math.abs(b.height - boxes[0]!.height), `${testId} height`).toBeLessThanOrEqual(1);
  }
}

for (const locale of ['en', 'ar'] as const) {
  test.describe(`compare (${locale} UI)`, () => {
    test('a Dari article beside a Vietnamese one: own language, direction and font per column, headers level, order follows the UI direction', async ({
      page,
      request,
    }, testInfo) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/compare?ids=${ids.dari},${ids.vietnamese}`);
      const first = page.locator('[data-compare-column="1"]');
      const second = page.locator('[data-compare-column="2"]');
      await expect(first).toHaveAttribute('lang', 'fa-AF');
      await expect(first).toHaveAttribute('dir', 'rtl');
      await expect(second).toHaveAttribute('lang', 'vi');
      await expect(second).toHaveAttribute('dir', 'ltr');
      await expect(first.locator('h2')).toHaveText(DARI_TITLE);
      await expect(second.locator('h2')).toHaveText(VIETNAMESE_TITLE);
      expect(await font(first.getByTestId('compare-body').locator('p').first())).toContain('Vazirmatn');
      expect(await font(second.getByTestId('compare-body').locator('p').first())).toMatch(/^"?Noto Sans/);
      // Metadata is UI text with the article's values isolated in it.
      await expect(first.getByTestId('compare-meta')).toHaveAttribute('lang', locale);
      await expect(first.locator('[data-field="dateText"] bdi')).toHaveText('جمعه ۱۵ سرطان ۱۴۰۳');
      await expect(first.locator('[data-field="publishedAt"] time')).toHaveAttribute('datetime', '2024-07-05');

      const [a, b] = [await box(first), await box(second)];
      // Side by side, the first column at the start of the reading direction.
      expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(1);
      if (locale === 'ar') expect(a.x).toBeGreaterThanOrEqual(b.x + b.width - 1);
      else expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
      // Titles of different lengths and scripts, yet the header and metadata rows line up.
      await expectRowAligned(page, 'compare-header', 2);
      await expectRowAligned(page, 'compare-meta', 2);
      await expectRowAligned(page, 'compare-body', 2);
      await testInfo.attach(`compare-${locale}-dari-vietnamese.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    });

    test('three columns stay aligned and a column can be removed', async ({ page, request }, testInfo) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/compare?ids=${ids.vietnamese},${ids.arabic},${ids.dari}`);
      await expect(page.locator('[data-compare-column]')).toHaveCount(3);
      await expectRowAligned(page, 'compare-header', 3);
      await expectRowAligned(page, 'compare-meta', 3);
      const xs = await Promise.all([1, 2, 3].map(async (n) => (await box(page.locator(`[data-compare-column="${n}"]`))).x));
      expect(xs).toEqual([...xs].sort((p, q) => (locale === 'ar' ? q - p : p - q)));
      await testInfo.attach(`compare-${locale}-three.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

      await page.locator('[data-compare-column="2"]').getByTestId('compare-remove').click();
      await expect(page).toHaveURL(new RegExp(`ids=${ids.vietnamese}(%2C|,)${ids.dari}$`));
      await expect(page.locator('[data-compare-column]')).toHaveCount(2);
    });

    test('stacks the columns on a narrow screen', async ({ page, request }) => {
      await page.setViewportSize({ width: 420, height: 900 });
      const ids = await demoIds(request);
      await page.goto(`/${locale}/compare?ids=${ids.dari},${ids.vietnamese}`);
      const [a, b] = [await box(page.locator('[data-compare-column="1"]')), await box(page.locator('[data-compare-column="2"]'))];
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    });

    test('bad, repeated, unknown or too few ids give a clear message, not an error', async ({ page, request }) => {
      const ids = await demoIds(request);
      const response = await page.goto(`/${locale}/compare?ids=${ids.dari},${ids.dari},not-an-id,zzzzzzzzzzzz`);
      expect(response?.status()).toBe(200);
      const problems = page.getByTestId('compare-problems').locator('li');
      await expect(problems).toHaveCount(3);
      await expect(page.getByTestId('compare-problems').locator('[data-problem="duplicate"]')).toContainText(ids.dari);
      await expect(page.getByTestId('compare-problems').locator('[data-problem="invalid"]')).toContainText('not-an-id');
      await expect(page.getByTestId('compare-problems').locator('[data-problem="missing"]')).toContainText('zzzzzzzzzzzz');
      await expect(page.getByTestId('compare-too-few')).toContainText(DARI_TITLE);
      await expect(page.locator('[data-compare-column]')).toHaveCount(0);

      await page.goto(`/${locale}/compare`);
      await expect(page.getByTestId('compare-too-few')).toBeVisible();
      await page.goto(`/${locale}/compare?ids=${ids.dari},${ids.vietnamese},${ids.arabic},${ids.dari.split('').reverse().join('')}`);
      await expect(page.locator('[data-compare-column]')).toHaveCount(3);
      await expect(page.getByTestId('compare-problems').locator('[data-problem="tooMany"]')).toHaveCount(1);
    });

    test('an analyst picks articles in the list and shares the comparison', async ({ page, browser, request }) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}?pair=PK-US`);
      await page.locator(`[data-compare-toggle="${ids.dari}"]`).click();
      await page.locator(`[data-compare-toggle="${ids.vietnamese}"]`).click();
      // The choice survives moving to another view of the list.
      await page.goto(`/${locale}?lang=ar`);
      const bar = page.getByTestId('compare-bar');
      await expect(bar.locator('li')).toHaveCount(2);
      await page.locator(`[data-compare-toggle="${ids.arabic}"]`).click();
      await expect(bar.locator('li')).toHaveCount(3);
      // A fourth cannot be added; the control says why.
      await page.goto(`/${locale}?pair=IR-PK`);
      const fourth = page.locator('[data-compare-toggle]').first();
      await expect(fourth).toBeDisabled();
      await expect(fourth).toHaveAttribute('aria-describedby', /compare-full-/);
      await bar.getByTestId('compare-open').click();
      await expect(page.locator('[data-compare-column]')).toHaveCount(3);
      const shared = page.url();
      expect(new URL(shared).searchParams.get('ids')).toBe(`${ids.dari},${ids.vietnamese},${ids.arabic}`);

      const colleague = await browser.newContext();
      const other = await colleague.newPage();
      await other.goto(shared);
      await expect(other.locator('[data-compare-column]')).toHaveCount(3);
      await expect(other.locator('[data-compare-column="1"]')).toHaveAttribute('data-article-id', ids.dari);
      await expect(other.getByTestId('compare-bar')).toHaveCount(0);
      await colleague.close();
    });
  });
}

for (const locale of ['en', 'ar'] as const) {
  test(`the compare page, the comparison bar and the passage toolbar have no serious accessibility violations (${locale})`, async ({
    page,
    request,
  }) => {
    const ids = await demoIds(request);
    const serious = (scan: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
      scan.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.goto(`/${locale}/articles/${ids.dari}?passage=2:4-20`);
    await page.locator(`[data-compare-toggle="${ids.dari}"]`).first().click();
    await page.getByTestId('related-coverage').locator(`[data-compare-toggle="${ids.arabic}"]`).click();
    await expect(page.getByTestId('compare-bar')).toBeVisible();
    await page.locator('[data-paragraph="3"]').selectText();
    await expect(page.getByTestId('passage-toolbar')).toBeVisible();
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);

    await page.getByTestId('compare-bar').getByTestId('compare-open').click();
    await expect(page.locator('[data-compare-column]')).toHaveCount(2);
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });
}
