import { expect, test, type Page } from '@playwright/test';
import { demoIds, inViewport, refuseClipboard } from './reading-fixtures';

/** Selects characters [start, end) of a paragraph's text, as a drag would. */
async function selectChars(page: Page, paragraph: number, start: number, end: number) {
  await page.evaluate(
    ([n, s, e]) => {
      const element = document.querySelector(`[data-paragraph="${n}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (!started && s <= offset + length) {
          range.setStart(node, s - offset);
          started = true;
        }
        if (e <= offset + length) {
          range.setEnd(node, e - offset);
          break;
        }
        offset += length;
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [paragraph, start, end] as const,
  );
}

const paragraphText = (page: Page, n: number) => page.locator(`[data-paragraph="${n}"]`).evaluate((el) => el.textContent ?? '');

const CASES = [
  { name: 'Dari, right to left', key: 'dari' as const, dir: 'rtl', q: 'پاکستان' },
  { name: 'Vietnamese, left to right', key: 'vietnamese' as const, dir: 'ltr', q: 'Pakistan' },
];

for (const locale of ['en', 'ar'] as const) {
  test.describe(`passage links (${locale} UI)`, () => {
    for (const c of CASES) {
      test(`a selected range inside a paragraph gives a link that opens on it, highlighted, search kept (${c.name})`, async ({
        page,
        context,
        request,
      }, testInfo) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        const ids = await demoIds(request);
        await page.goto(`/${locale}/articles/${ids[c.key]}?q=${encodeURIComponent(c.q)}`);
        await expect(page.locator('article')).toHaveAttribute('dir', c.dir);
        const text = await paragraphText(page, 2);
        expect(text.length).toBeGreaterThan(40);
        await selectChars(page, 2, 10, 40);
        const toolbar = page.getByTestId('passage-toolbar');
        await expect(toolbar).toBeVisible();
        await expect(toolbar).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
        await toolbar.getByRole('button', { name: locale === 'en' ? 'Copy link to this passage' : 'نسخ رابط هذا المقطع' }).click();
        await expect(toolbar.getByRole('status')).not.toBeEmpty();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        const url = new URL(link);
        expect(url.searchParams.get('q')).toBe(c.q);
        expect(url.hash).toBe('#p-2');
        const [, from, to] = /^2:(\d+)-(\d+)$/.exec(url.searchParams.get('passage') ?? '')!;
        const expected = text.slice(Number(from), Number(to));
        // Spaces at the ends of the selection are not part of the passage.
        expect(expected).toBe(text.slice(10, 40).trim());

        await page.goto(link);
        const mark = page.locator('mark[data-passage]');
        await expect(mark).toHaveCount(1);
        await expect(mark).toHaveText(expected);
        expect(await inViewport(page, 'mark[data-passage]')).toBe(true);
        // The mark sits inside paragraph 2, in the article's own direction.
        expect(
          await mark.evaluate((el) => [el.closest('[data-paragraph]')?.getAttribute('data-paragraph'), getComputedStyle(el).direction]),
        ).toEqual(['2', c.dir]);
        // The sender's search highlight survives next to the passage.
        await expect(page.locator('article mark:not([data-passage])').first()).toBeVisible();
        await expect(page.getByTestId('passage-note')).toBeVisible();
        await testInfo.attach(`passage-${locale}-${c.key}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      });
    }

    test('a word picked with the mouse becomes the passage', async ({ page, context, request }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.dari}`);
      const box = (await page.locator('[data-paragraph="1"]').boundingBox())!;
      await page.mouse.dblclick(box.x + box.width / 2, box.y + 12);
      const selected = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
      expect(selected.length).toBeGreaterThan(0);
      await page.getByTestId('passage-toolbar').getByRole('button').first().click();
      await expect(page.getByTestId('passage-toolbar').getByRole('status')).not.toBeEmpty();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await page.goto(link);
      await expect(page.locator('mark[data-passage]')).toHaveText(selected);
    });

    test('keyboard: the ¶ button of a focused paragraph copies a link to the whole paragraph', async ({ page, context, request }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.arabic}`);
      const button = page.locator('[data-passage-button="3"]');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button.locator('xpath=..').getByRole('status')).not.toBeEmpty();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(link).search).toBe('?passage=3');
      expect(new URL(link).hash).toBe('#p-3');
      await page.goto(link);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
      await expect(page.locator('mark[data-passage]')).toHaveText(await paragraphText(page, 3));
    });

    test('a range of paragraphs without an anchor is scrolled to and marked', async ({ page, request }) => {
      await page.setViewportSize({ width: 1280, height: 500 });
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.dari}?passage=4-5`);
      const marks = page.locator('mark[data-passage]');
      await expect(marks).toHaveCount(2);
      await expect(marks.nth(0)).toHaveText(await paragraphText(page, 4));
      await expect(marks.nth(1)).toHaveText(await paragraphText(page, 5));
      await expect.poll(() => inViewport(page, 'mark[data-passage]')).toBe(true);
    });

    test('a passage that is not in the article is named, and the article shown whole', async ({ page, request }) => {
      const ids = await demoIds(request);
      for (const value of ['99', '2:0-999999', 'p-3']) {
        const response = await page.goto(`/${locale}/articles/${ids.dari}?passage=${encodeURIComponent(value)}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByTestId('passage-invalid')).toContainText(value);
        await expect(page.locator('mark[data-passage]')).toHaveCount(0);
        await expect(page.locator('[data-paragraph="1"]')).toBeVisible();
      }
    });

    test('when copying is refused the link is shown, selected, to copy by hand', async ({ page, request }) => {
      await refuseClipboard(page);
      const ids = await demoIds(request);
      await page.goto(`/${locale}/articles/${ids.vietnamese}`);
      await page.locator('[data-passage-button="2"]').click();
      const fallback = page.getByTestId('copy-fallback');
      await expect(fallback).toBeVisible();
      expect(new URL(await fallback.inputValue()).search).toBe('?passage=2');
      await expect(fallback).toBeFocused();
    });
  });
}
