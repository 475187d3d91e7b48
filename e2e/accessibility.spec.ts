import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const locale of ['en', 'ar'] as const) {
  test(`list and article pages have no serious accessibility violations (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const listScan = await new AxeBuilder({ page }).analyze();
    const serious = (scan: typeof listScan) =>
      scan.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious(listScan)).toEqual([]);

    await page.getByTestId('results').locator('[data-article-id] h3 a').first().click();
    await expect(page.locator('article')).toBeVisible();
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });
}
