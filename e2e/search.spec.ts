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

test("text typed into a facet's box before the page's script runs still filters it", async ({ page }) => {
  // Hold the page's JavaScript until the text is in the box, as a slow connection would.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/en/facets/country', { waitUntil: 'domcontentloaded' });
  const all = page.locator('section[aria-labelledby="facet-country"]');
  await all.getByRole('textbox').fill('syr');
  await expect(all.locator('li[data-match]:visible')).not.toHaveCount(1);
  release();
  await expect(all.locator('li[data-match]:visible')).toHaveCount(1);
  await expect(all.locator('li[data-match]:visible')).toContainText('Syria');
});

test('a long facet shows its top values, links to all of them, and finds one by typing, in any script (en, ar)', async ({ page }) => {
  await page.goto('/en?lang=ar&lang=en&lang=fa-AF&lang=vi');
  const countries = page.locator('section[aria-labelledby="facet-country"]');
  await expect(countries.locator('li[data-match]')).toHaveCount(8);
  await countries.getByTestId('facet-all-country').click();
  // The full list keeps the view it came from.
  await expect(page).toHaveURL(/\/en\/facets\/country\?.*lang=ar/);
  const all = page.locator('section[aria-labelledby="facet-country"]');
  const box = all.getByRole('textbox', { name: 'Find a value in “Country mentioned”' });
  const visible = all.locator('li[data-match]:visible');
  expect(await visible.count()).toBeGreaterThan(8);
  await box.fill('syr');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('Syria');
  await box.fill('zz');
  await expect(visible).toHaveCount(0);
  await expect(all.getByText('No value matches.')).toBeVisible();
  await box.fill('Syr');
  await visible.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/en\?.*country=SY/);
  await expect(page).toHaveURL(/lang=ar/);

  await page.goto('/ar/facets/country');
  const arCountries = page.locator('section[aria-labelledby="facet-country"]');
  await arCountries.getByRole('textbox').fill('سوري');
  await expect(arCountries.locator('li[data-match]:visible')).toHaveCount(1);
  await expect(arCountries.locator('li[data-match]:visible')).toContainText('سوريا');
  await page.goto('/en/facets/nonsense');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('all values');
});
