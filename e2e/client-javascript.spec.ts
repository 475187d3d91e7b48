import { expect, test, type Page } from '@playwright/test';
import { demoIds } from './reading-fixtures';

// What the reader's browser downloads (the bench prints its gzipped size). This guards the choice
// that keeps the ICU message parser out of it: messages are compiled when the app is built
// (next.config.js, next-intl's `precompile`), and client components format the compiled form.
// The parser's error names are in its code and nowhere else.
const ICU_PARSER = /EXPECT_ARGUMENT_CLOSING_BRACE|MALFORMED_ARGUMENT/;

/** Every script the page loads, by address. */
function collectScripts(page: Page): { scripts: Map<string, string>; settled: () => Promise<unknown> } {
  const scripts = new Map<string, string>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.text().then((text) => void scripts.set(response.url(), text)));
  });
  return { scripts, settled: () => Promise.all(pending) };
}

const withParser = (scripts: Map<string, string>) => [...scripts].filter(([, text]) => ICU_PARSER.test(text)).map(([url]) => url);

test('the reading room loads no ICU parser, and its comparison bar formats a count in Arabic', async ({ page }) => {
  const { scripts, settled } = collectScripts(page);
  await page.goto('/ar');
  // The bar is drawn in the browser only, from the reader's choices: its count is client formatting.
  await page.getByRole('button', { name: 'إضافة إلى المقارنة' }).first().click();
  await expect(page.getByTestId('compare-bar').getByRole('heading')).toHaveText('المقارنة (١ من ٣ مختارة)');
  await settled();
  expect(scripts.size).toBeGreaterThan(3);
  expect(withParser(scripts)).toEqual([]);
});

test('an article page loads no ICU parser', async ({ page, request }) => {
  const { arabic } = await demoIds(request);
  const { scripts, settled } = collectScripts(page);
  await page.goto(`/en/articles/${arabic}`);
  await page.waitForLoadState('networkidle');
  await settled();
  expect(scripts.size).toBeGreaterThan(3);
  expect(withParser(scripts)).toEqual([]);
});
