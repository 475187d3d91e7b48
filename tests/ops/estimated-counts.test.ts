import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { insertGeneratedArticles } from '../helpers/generated-articles';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { freePort, launchChromium, sql } from './helpers';

// The production server over 3,000 generated articles, with the sampling settings lowered so that
// a common word there is counted from a sample, as one is at a million articles with the defaults.
let database: TestDatabase;
let app: AppProcess;
let exactTrade: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertGeneratedArticles(database.url, 12, 3_000);
  const [counted] = await sql<{ n: number }>(
    database.url,
    `SELECT count(*)::int AS n FROM article WHERE search_folded @@ to_tsquery('simple', 'trade')`,
  );
  exactTrade = counted!.n;
  app = await startAppProcess({
    port: await freePort(),
    databaseUrl: database.url,
    env: { SEARCH_EXACT_COUNT_UP_TO: '100', SEARCH_SAMPLE_SIZE: '150' },
  });
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const page = async (path: string) => {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status).toBe(200);
  return response.text();
};
/** The text of the element with this data-testid, tags removed. */
const testId = (html: string, id: string) => {
  // Up to the closing tag of the element's own name (a heading, paragraph or span; not nested in itself).
  const match = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*data-testid="${id}"[^>]*>(.*?)</\\1>`, 's').exec(html);
  return match ? match[2]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&') : null;
};

describe('a search counted from a sample', () => {
  it('says "about" in the total, marks every count, explains, and links to the exact count', async () => {
    const html = await page('/en?q=trade');
    expect(testId(html, 'result-count')).toMatch(/^about [\d,]+ articles$/);
    expect(testId(html, 'estimated-counts')).toContain('estimated from a sample');
    expect(html).toMatch(/<a [^>]*href="\/en\?q=trade&amp;count=exact"[^>]*>Count exactly<\/a>/);
    // Facet counts: "≈" to the eye, "about N articles" to a screen reader.
    expect(html).toMatch(/<span class="tabular-nums" aria-label="about [\d,]+ articles?">≈[\d,]+<\/span>/);
    expect(html).not.toMatch(/<span class="tabular-nums" aria-label="[\d,]+ articles?">/);
    // Relevance ranks a known number of matches; only date order's page count is an estimate.
    expect(html).toMatch(/Page 1 of \d+</);
    expect(await page('/en?q=trade&sort=date')).toMatch(/Page 1 of about [\d,]+</);
  });

  it("says so on the page of all a facet's values, which links to counting them all", async () => {
    const html = await page('/en/facets/source?q=trade');
    expect(testId(html, 'estimated-counts')).toContain('rare values may be missing');
    expect(html).toMatch(/<a [^>]*href="\/en\/facets\/source\?q=trade&amp;count=exact"[^>]*>Count exactly<\/a>/);
    const exact = await page('/en/facets/source?q=trade&count=exact');
    expect(testId(exact, 'estimated-counts')).toBeNull();
    expect(exact).not.toContain('≈');
  });

  it('is counted exactly when asked, with nothing marked', async () => {
    const html = await page('/en?q=trade&count=exact');
    expect(testId(html, 'result-count')).toBe(`${exactTrade.toLocaleString('en')} articles`);
    expect(testId(html, 'estimated-counts')).toBeNull();
    expect(html).not.toContain('≈');
  });

  it('says so in the JSON and in the reader’s language', async () => {
    const estimated = (await (await fetch(`${app.url}/api/articles?q=trade`)).json()) as { approximate: boolean; total: number };
    const exact = (await (await fetch(`${app.url}/api/articles?q=trade&count=exact`)).json()) as { approximate: boolean; total: number };
    expect(estimated.approximate).toBe(true);
    expect(exact).toMatchObject({ approximate: false, total: exactTrade });
    expect(Math.abs(estimated.total - exactTrade)).toBeLessThanOrEqual(0.25 * exactTrade);
    expect(testId(await page('/vi?q=trade'), 'result-count')).toMatch(/^khoảng [\d.]+ bài viết$/);
    expect(testId(await page('/fa-AF?q=trade'), 'result-count')).toMatch(/^حدود [۰-۹٬]+ مقاله$/);
  });

  it('has no serious accessibility violations, left to right and right to left', async () => {
    const browser = await launchChromium();
    try {
      const tab = await (await browser.newContext()).newPage();
      for (const path of ['/en?q=trade', '/ar?q=trade&sort=date', '/fa-AF/facets/source?q=trade']) {
        await tab.goto(`${app.url}${path}`);
        await expect.poll(() => tab.getByTestId('estimated-counts').count()).toBe(1);
        const { violations } = await new AxeBuilder({ page: tab }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious, path).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('leaves a rare word counted exactly', async () => {
    const html = await page('/en?q=zeppelin');
    expect(testId(html, 'estimated-counts')).toBeNull();
    expect(html).not.toContain('≈');
  });
});
