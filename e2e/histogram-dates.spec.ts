import { expect, test, type Page } from '@playwright/test';

// The e2e server is seeded from ../shared/corpus: five articles, two of them dated, the Dari one
// 2024-07-05 (15 Saratan 1403) and the Arabic one 2024-09-17 (27 Sunbula 1403).

const results = (page: Page) => page.getByTestId('results').locator('[data-article-id]');
const bars = (page: Page) => page.locator('[data-facet="date"] a[data-bucket]');
const bar = (page: Page, key: string) => page.locator(`[data-facet="date"] a[data-bucket="${key}"]`);

// The reference for Solar Hijri dates: the browser's own ICU, asked independently of the app.
const solar = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
function solarOf(iso: string) {
  const parts = solar.formatToParts(new Date(`${iso}T00:00:00Z`));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dariMonth = (iso: string) =>
  new Intl.DateTimeFormat('fa-AF-u-ca-persian-nu-arabext', { timeZone: 'UTC', month: 'long' }).format(new Date(`${iso}T00:00:00Z`));

async function focusedBucket(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-bucket') ?? null);
}

test.describe('the Dari histogram and dates', () => {
  test('bars are Solar Hijri months, and a bar selects exactly its month', async ({ page }) => {
    await page.goto('/fa');
    await expect(bars(page)).toHaveCount(3);
    expect(await bars(page).evaluateAll((links) => links.map((a) => a.getAttribute('data-bucket')))).toEqual([
      '1403-04',
      '1403-05',
      '1403-06',
    ]);
    // Each bar is named by its Solar month and its count.
    await expect(bar(page, '1403-04')).toHaveAttribute('aria-label', new RegExp(`${dariMonth('2024-07-05')}.*۱`));
    await expect(bar(page, '1403-05')).toHaveAttribute('data-count', '0');

    await bar(page, '1403-04').click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const url = new URL(page.url());
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    // Saratan 1403: from its first day to the day before Asad begins.
    expect(solarOf(from)).toEqual({ year: 1403, month: 4, day: 1 });
    expect(solarOf(to)).toMatchObject({ year: 1403, month: 4 });
    expect(solarOf(dayAfter(to))).toEqual({ year: 1403, month: 5, day: 1 });
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().locator('a').first()).toHaveAttribute('lang', 'fa-AF');
    await expect(bar(page, '1403-04')).toHaveAttribute('aria-current', 'true');
    // The From box shows the range in the reader's calendar.
    await expect(page.locator('aside input[name="from"]')).toHaveValue('۱۴۰۳-۰۴-۰۱');
  });

  test('From takes a Solar Hijri date in Persian digits, and the range shows on the bars', async ({ page }) => {
    await page.goto('/fa');
    // 1 Sunbula 1403 is 2024-08-22: only the Arabic article (2024-09-17) is on or after it.
    await page.locator('aside input[name="from"]').fill('۱۴۰۳-۰۶-۰۱');
    await page.locator('aside form button[type="submit"]').click();
    await expect(page).toHaveURL(/from=/);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().locator('a').first()).toHaveAttribute('lang', 'ar');
    await expect(page.locator('aside input[name="from"]')).toHaveValue('۱۴۰۳-۰۶-۰۱');
    await expect(bar(page, '1403-06')).toHaveAttribute('data-chosen', '');
    await expect(bar(page, '1403-04')).not.toHaveAttribute('data-chosen', '');
    // The view's own links carry the ISO date.
    await expect(bar(page, '1403-06')).toHaveAttribute('href', /from=2024-08-22/);

    await page.locator('aside input[name="from"]').fill('1403-04-15');
    await page.locator('aside input[name="to"]').fill('۱۴۰۳/۰۴/۱۵');
    await page.locator('aside form button[type="submit"]').click();
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().locator('a').first()).toHaveAttribute('lang', 'fa-AF');
  });

  test('a date that does not exist is refused with a notice', async ({ page }) => {
    await page.goto('/fa');
    await page.locator('aside input[name="from"]').fill('۱۴۰۳-۱۳-۰۱');
    await page.locator('aside form button[type="submit"]').click();
    await expect(page.locator('main [role="alert"]')).toContainText('from=۱۴۰۳-۱۳-۰۱');
    await expect(results(page)).toHaveCount(5);
  });
});

test.describe('the histogram by keyboard', () => {
  for (const locale of ['fa', 'en'] as const) {
    test(`is one tab stop, and arrow keys move between bars as they are laid out (${locale})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/${locale}`);
      await expect(bars(page)).toHaveCount(3);
      await expect(page.locator('[data-facet="date"] a[data-bucket][tabindex="0"]')).toHaveCount(1);
      const keys = await bars(page).evaluateAll((links) => links.map((a) => a.getAttribute('data-bucket')!));
      // From the facet's heading one Tab reaches a bar (the latest), and the next leaves the histogram.
      await page.locator('#facet-date').click();
      await page.keyboard.press('Tab');
      expect(await focusedBucket(page)).toBe(keys[2]);
      await page.keyboard.press('Tab');
      expect(await focusedBucket(page)).toBeNull();
      await expect(page.locator('aside input[name="from"]')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      expect(await focusedBucket(page)).toBe(keys[2]);

      // Earlier months lie to the right in Dari, to the left in English.
      await page.keyboard.press(locale === 'fa' ? 'ArrowRight' : 'ArrowLeft');
      expect(await focusedBucket(page)).toBe(keys[1]);
      // The count shows while a bar has focus.
      await expect(bar(page, keys[1]!).locator('span')).toBeVisible();
      await page.keyboard.press('Home');
      expect(await focusedBucket(page)).toBe(keys[0]);
      await page.keyboard.press(locale === 'fa' ? 'ArrowLeft' : 'ArrowRight');
      expect(await focusedBucket(page)).toBe(keys[1]);
      await page.keyboard.press('End');
      expect(await focusedBucket(page)).toBe(keys[2]);
      await expect(page.locator('[data-facet="date"] a[data-bucket][tabindex="0"]')).toHaveCount(1);

      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/from=/);
      await expect(results(page)).toHaveCount(1);
    });
  }
});

test('the histogram labels years, sets empty months apart and shows a typed range', async ({ page }) => {
  await page.goto('/en?from=2024-07-01&to=2024-07-31');
  await expect(page.locator('[data-axis-label]').first()).toHaveText('2024');
  await expect(bar(page, '2024-07')).toHaveAttribute('aria-label', /July 2024: 1 article/);
  await expect(bar(page, '2024-07')).toHaveAttribute('data-chosen', '');
  await expect(bar(page, '2024-09')).not.toHaveAttribute('data-chosen', '');
  const empty = await bar(page, '2024-08').boundingBox();
  const small = await bar(page, '2024-09').boundingBox();
  expect(empty!.height).toBeLessThan(small!.height / 4);
  const colour = (key: string) => bar(page, key).evaluate((a) => getComputedStyle(a).backgroundColor);
  expect(await colour('2024-08')).not.toBe(await colour('2024-09'));
  await bar(page, '2024-09').hover();
  await expect(bar(page, '2024-09').locator('span')).toHaveText(/September 2024: 1 article/);
});

test.describe('on a phone (390×844), a date choice lands on the results', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('bars, Undated and Clear dates link to the results, and choosing a bar focuses them', async ({ page }) => {
    await page.goto('/en');
    await page.getByTestId('filters-toggle').click();
    await expect(bars(page)).toHaveCount(3);
    for (const href of await bars(page).evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/en\?from=.*#results$/);
    await expect(page.locator('[data-facet-undated]')).toHaveAttribute('href', /^\/en\?undated=1#results$/);

    await bar(page, '2024-07').click();
    await expect(page).toHaveURL(/\/en\?from=2024-07-01&to=2024-07-31#results$/);
    const heading = page.locator('#results');
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText('1 article');
    await expect(heading).toBeInViewport();
    await expect(results(page).first()).toBeInViewport();

    await page.getByTestId('filters-toggle').click();
    const clear = page.getByTestId('clear-dates');
    await expect(clear).toHaveAttribute('href', '/en#results');
    await clear.click();
    await expect(page).toHaveURL(/\/en#results$/);
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText('5 articles');
    await expect(heading).toBeInViewport();

    await page.getByTestId('filters-toggle').click();
    await page.locator('[data-facet-undated]').click();
    await expect(page).toHaveURL(/\/en\?undated=1#results$/);
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.getByTestId('clear-dates')).toHaveAttribute('href', '/en#results');
  });
});

test.describe('Vietnamese highlights', () => {
  for (const q of ['khung bo', '"khung bo"']) {
    test(`${q} marks the phrase khủng bố, not loại bỏ`, async ({ page }) => {
      await page.goto(`/vi?q=${encodeURIComponent(q)}&lang=vi&pair=PK-US`);
      await expect(results(page)).toHaveCount(1);
      const marks = results(page).first().getByTestId('snippet').locator('mark');
      await expect(marks.first()).toBeVisible();
      const texts = await marks.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text.toLowerCase()).toBe('khủng bố');
      await expect(results(page).first().getByTestId('snippet')).not.toContainText('loại bỏ');
    });
  }
});
