import { expect, test } from '@playwright/test';
import { DARI_TITLE, demoIds, refuseClipboard, VIETNAMESE_TITLE } from './reading-fixtures';

const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

const browserToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

for (const locale of ['en', 'ar'] as const) {
  test.describe(`citation and print (${locale} UI)`, () => {
    test('copies a citation: outlet, isolated original title, printed and normalised date, permalink, access date', async ({
      page,
      context,
      request,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.dari}?q=${encodeURIComponent('پاکستان')}&passage=2`);
      await page.getByTestId('cite-button').click();
      await expect(page.getByTestId('cite-button').locator('xpath=..').getByRole('status')).toHaveText(
        locale === 'en' ? 'Citation copied' : 'نُسخ الاستشهاد',
      );
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      const today = await page.evaluate(browserToday);
      const origin = new URL(page.url()).origin;
      // The Dari page names no outlet.
      expect(citation.startsWith(locale === 'en' ? 'Unknown outlet. ' : 'مصدر غير معروف. ')).toBe(true);
      expect(citation).toContain(`“${RLI}${DARI_TITLE}${PDI}”`);
      expect(citation).toContain(`${RLI}جمعه ۱۵ سرطان ۱۴۰۳${PDI}`);
      expect(citation).toContain('2024-07-05');
      // The permalink is the article's short address: no slug, search or passage.
      expect(citation).toContain(`. ${origin}/${locale}/articles/${ids.dari}. `);
      expect(citation.endsWith(`${today}.`)).toBe(true);
    });

    test('a Vietnamese citation keeps the outlet and says the page printed no complete date', async ({ page, context, request }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.vietnamese}`);
      await page.getByTestId('cite-button').click();
      await expect(page.getByTestId('cite-button').locator('xpath=..').getByRole('status')).not.toBeEmpty();
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      expect(citation.startsWith(`${LRI}VOV.VN${PDI}. “${LRI}${VIETNAMESE_TITLE}${PDI}”`)).toBe(true);
      expect(citation).toContain(`${LRI}ngày 13/1${PDI}`);
      expect(citation).toContain(locale === 'en' ? 'date: no complete date' : 'التاريخ: لا تاريخ كامل');
    });

    test('when the clipboard is refused the citation is shown, selected, to copy by hand', async ({ page, request }) => {
      await refuseClipboard(page);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.dari}`);
      await page.getByTestId('cite-button').click();
      const fallback = page.getByTestId('copy-fallback');
      await expect(fallback).toBeVisible();
      await expect(fallback).toBeFocused();
      expect(await fallback.inputValue()).toContain(DARI_TITLE);
      await expect(page.getByTestId('cite-button').locator('xpath=..').getByRole('status')).toBeEmpty();
    });

    test('prints the article alone: no navigation or controls, metadata kept below, direction kept', async ({
      page,
      request,
    }, testInfo) => {
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.dari}?passage=2`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.locator(`main a[href="/${locale}"]`)).toBeHidden();
      await expect(page.getByTestId('cite-button')).toBeHidden();
      await expect(page.getByTestId('related-coverage')).toBeHidden();
      await expect(page.locator('[data-passage-button]').first()).toBeHidden();
      await expect(page.getByTestId('passage-note')).toBeHidden();
      const article = page.locator('article');
      await expect(article).toHaveAttribute('dir', 'rtl');
      expect(await article.locator('[data-paragraph="1"]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const panel = page.getByTestId('metadata-panel');
      await expect(panel).toBeVisible();
      await expect(panel.locator('[data-field="dateText"]')).toHaveText('جمعه ۱۵ سرطان ۱۴۰۳');
      await expect(panel.locator('[data-field="permalink"]')).toHaveText(new RegExp(`^https?://[^/]+/${locale}/articles/${ids.dari}$`));
      // One column on paper: the metadata follows the text across the full width.
      const [textBox, panelBox] = [(await article.boundingBox())!, (await panel.boundingBox())!];
      expect(panelBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
      expect(Math.abs(panelBox.width - textBox.width)).toBeLessThanOrEqual(1);
      await testInfo.attach(`print-${locale}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      await testInfo.attach(`print-${locale}.pdf`, { body: await page.pdf({ format: 'A4' }), contentType: 'application/pdf' });
    });
  });
}
