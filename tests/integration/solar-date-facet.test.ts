import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters, type ArticleFilters } from '../../lib/articles/filters';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { solarCountCacheHits, solarDateFacet } from '../../lib/articles/solar-date-facet';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;

// Days on both sides of Solar month starts (1 Sawr 1403 = 2024-04-20, 1 Hamal 1403 = 2024-03-20,
// 30 Hut 1403 = 2025-03-20, a leap day), and days in between.
const DATES = [
  '2024-03-19',
  '2024-03-20',
  '2024-04-19',
  '2024-04-20',
  '2024-05-01',
  '2024-05-20',
  '2024-05-21',
  '2024-05-31',
  '2024-07-05',
  '2025-03-20',
  '2025-03-21',
  null,
];
const LANGUAGES = ['en', 'vi', 'fa-AF'];
const FAR = '2020-01-10';

interface Stored {
  date: string | null;
  language: string;
  word: string;
}
const stored: Stored[] = [];

function article(i: number, date: string | null): Stored & { file: string } {
  return { file: `solar-${i}.txt`, date, language: LANGUAGES[i % LANGUAGES.length]!, word: i % 2 === 0 ? 'border' : 'trade' };
}

async function save(a: Stored & { file: string }) {
  const { article: made, bytes } = ingested({
    file: a.file,
    paragraphs: [`Solar article ${a.file} about ${a.word}.`],
    language: a.language,
    publishedAt: a.date,
    datePrecision: a.date ? 'day' : null,
  });
  expect((await saveArticle(made, bytes, { actor: 'test' })).status).toBe('stored');
  stored.push(a);
}

const icuMonth = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: '2-digit' });
const solarKey = (iso: string) => {
  const parts = icuMonth.formatToParts(new Date(`${iso}T00:00:00Z`));
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
};

/** The view's dated articles counted one by one, by ICU's Solar month of each date. */
function expectedCounts(filters: ArticleFilters): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of stored) {
    if (a.date === null) continue;
    if (filters.languages.length > 0 && !filters.languages.includes(a.language)) continue;
    if (filters.q && a.word !== filters.q) continue;
    counts.set(solarKey(a.date), (counts.get(solarKey(a.date)) ?? 0) + 1);
  }
  return counts;
}

async function solarFacet(filters: ArticleFilters) {
  const listing = await listArticles(filters);
  return solarDateFacet(filters, listing.facets.dates, false);
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < 36; i++) await save(article(i, DATES[i % DATES.length]!));
});
afterAll(async () => {
  await database.drop();
});

describe('the Solar Hijri date facet', () => {
  it('counts each Solar month as counting the articles does, whatever the view', async () => {
    const views = fc.record({
      lang: fc.subarray(LANGUAGES, { maxLength: 1 }),
      q: fc.constantFrom(null, 'border', 'trade'),
      dates: fc.constantFrom({}, { from: '2024-05-01', to: '2024-05-31' }),
    });
    await fc.assert(
      fc.asyncProperty(views, async ({ lang, q, dates }) => {
        const filters = parseFilters({ ...(lang.length > 0 && { lang }), ...(q && { q }), ...dates }).filters;
        const facet = await solarFacet(filters);
        expect(facet.unit).toBe('month');
        const expected = expectedCounts(filters);
        for (const bucket of facet.buckets) {
          expect(bucket.key).toBe(solarKey(bucket.from));
          expect(solarKey(bucket.to)).toBe(bucket.key);
          expect(bucket.count).toBe(expected.get(bucket.key) ?? 0);
        }
        const total = [...expected.values()].reduce((n, c) => n + c, 0);
        expect(facet.buckets.reduce((n, b) => n + b.count, 0)).toBe(total);
        // The selected range does not narrow the bars: the facet ignores its own selection.
        if ('from' in dates) {
          const unselected = await solarFacet(parseFilters({ ...(lang.length > 0 && { lang }), ...(q && { q }) }).filters);
          expect(facet.buckets).toEqual(unselected.buckets);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('makes the bars meet: each ends the day before the next begins, from the first article to the last', async () => {
    const facet = await solarFacet(parseFilters({}).filters);
    expect(facet.buckets[0]).toMatchObject({ key: '1402-12', from: '2024-02-20', to: '2024-03-19' });
    expect(facet.buckets.at(-1)).toMatchObject({ key: '1404-01', from: '2025-03-21' });
    const sawr = facet.buckets.find((b) => b.key === '1403-02')!;
    expect(sawr).toEqual({ key: '1403-02', from: '2024-04-20', to: '2024-05-20', count: 9 });
    for (let i = 1; i < facet.buckets.length; i++) {
      const dayAfter = new Date(Date.parse(`${facet.buckets[i - 1]!.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(facet.buckets[i]!.from).toBe(dayAfter);
    }
    expect(facet.undated).toBe(3);
  });

  it('reads a view facet_count holds from its Solar rows, exact after every write, counting nothing', async () => {
    const filters = parseFilters({ lang: 'vi' }).filters;
    const hits = solarCountCacheHits();
    await solarFacet(filters);
    await solarFacet(filters);
    await save({ ...article(101, '2024-05-21'), language: 'vi' });
    const after = await solarFacet(filters);
    expect(after.buckets.find((b) => b.key === '1403-03')!.count).toBe(expectedCounts(filters).get('1403-03'));
    // Counted from the articles, the second view would have been answered from the counted cache.
    expect(solarCountCacheHits()).toBe(hits);
    const [row] = await db().$queryRaw<[{ n: number }]>`SELECT sum(count)::int AS n FROM facet_count
      WHERE facet = 'all' AND scope = 'language:vi' AND month = -140303`;
    expect(row.n).toBe(expectedCounts(filters).get('1403-03'));
  });

  it('keeps the counts of a search for the next reader, until the collection changes', async () => {
    const filters = parseFilters({ q: 'border' }).filters;
    await solarFacet(filters);
    const hits = solarCountCacheHits();
    await solarFacet(parseFilters({ q: 'border', from: '2024-04-20', to: '2024-05-20' }).filters);
    expect(solarCountCacheHits()).toBe(hits + 1);
    await save({ ...article(100, '2024-05-05'), word: 'border' });
    const after = await solarFacet(filters);
    expect(after.buckets.find((b) => b.key === '1403-02')!.count).toBe(expectedCounts(filters).get('1403-02'));
  });

  it('turns to Solar years past three years of months, each from 1 Hamal to the end of Hut', async () => {
    await save(article(200, FAR));
    const facet = await solarFacet(parseFilters({}).filters);
    expect(facet.unit).toBe('year');
    expect(facet.buckets.map((b) => b.key)).toEqual(['1398', '1399', '1400', '1401', '1402', '1403', '1404']);
    expect(facet.buckets.find((b) => b.key === '1403')).toMatchObject({ from: '2024-03-20', to: '2025-03-20' });
    const dated = stored.filter((a) => a.date !== null);
    expect(facet.buckets.reduce((n, b) => n + b.count, 0)).toBe(dated.length);
    expect(facet.buckets.find((b) => b.key === '1398')!.count).toBe(1);
    expect(facet.buckets.find((b) => b.key === '1400')!.count).toBe(0);
  });

  it('shares sampled estimates among the Solar months by the days they hold', async () => {
    const gregorian = {
      unit: 'month' as const,
      undated: 0,
      buckets: [{ key: '2024-05', from: '2024-05-01', to: '2024-05-31', count: 310 }],
    };
    const facet = await solarDateFacet(parseFilters({ q: 'border' }).filters, gregorian, true);
    // 1-20 May are in Sawr, 21-31 May in Jawza.
    expect(facet.buckets).toEqual([
      { key: '1403-02', from: '2024-04-20', to: '2024-05-20', count: 200 },
      { key: '1403-03', from: '2024-05-21', to: '2024-06-20', count: 110 },
    ]);
  });
});
