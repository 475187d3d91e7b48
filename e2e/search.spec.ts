import { expect, test } from '@playwright/test';

test('a search in Dari script finds the article, highlights the match and opens on that paragraph (en)', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('searchbox').fill('امريكا');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/q=/);
  const results = page.getByTestId('results').locator('[data-article-id]');
  await expect(results).toHaveCount(1);
  const snippet = results.first().getByTestId('snippet');
  await expect(snippet).toHaveAttribute('dir', 'rtl');
  await expect(snippet.locator('mark').first()).toHaveText('امریکا');

  await results.first().locator('h3 a').click();
  await expect(page).toHaveURL(/\/en\/articles\/[0-9a-z]{12}\/.*\?q=.*#p-1$/);
  await expect(page.locator('#p-1 mark').first()).toHaveText('امریکا');
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-1');
});

test('search ignores Vietnamese tones, keeps the other filters, and the view is shareable (ar)', async ({ page, browser }) => {
  await page.goto('/ar?pair=RU-US');
  await page.getByRole('searchbox').fill('my');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/pair=RU-US/);
  const results = page.getByTestId('results').locator('[data-article-id]');
  await expect(results).toHaveCount(1);
  await expect(results.first().getByTestId('snippet').locator('mark').first()).toHaveText('Mỹ');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('results').locator('[data-article-id]')).toHaveCount(1);
  await expect(other.getByRole('searchbox')).toHaveValue('my');
  await fresh.close();
});
