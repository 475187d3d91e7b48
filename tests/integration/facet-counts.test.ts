import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setArticleStatus, updateArticleMetadata } from '../../lib/articles/edit';
import { facetCounts, slicesFor } from '../../lib/articles/facet-counts';
import { parseFilters, type ArticleFilters } from '../../lib/articles/filters';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { canonical } from '../helpers/canonical-counts';
import { facetCountDrift } from '../helpers/facet-count-drift';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: string[] = [];

const PAIRS = [['PK', 'US'], ['IR', 'PK'], ['RU', 'US'], null] as const;
const LANGUAGES = ['en', 'vi', 'fa-AF', 'ar'];
const SOURCES = ['Dawn', 'VnExpress', 'Tolo', null];
const COUNTRIES = ['PK', 'US', 'IR', 'RU', 'AF', 'CN'];
const DATES = ['2023-12-31', '2024-01-01', '2024-01-15', '2024-01-31', '2024-02-29', '2024-03-01', null];

/** Deterministic variety: every combination of the lists above turns up across the articles. */
function article(i: number) {
  const pair = PAIRS[i % PAIRS.length]!;
  const date = DATES[(i * 3) % DATES.length]!;
  const mentioned = COUNTRIES.filter((code, c) => (i >> c) % 2 === 1 || (pair !== null && (pair as readonly string[]).includes(code)));
  return ingested({
    file: `facet-${i}.txt`,
    paragraphs: [`Facet article ${i}.`],
    language: LANGUAGES[(i * 7) % LANGUAGES.length]!,
    direction: 'ltr',
    source: SOURCES[(i * 5) % SOURCES.length]!,
    countryPair: pair ? [pair[0], pair[1]] : null,
    countriesMentioned: mentioned,
    publishedAt: date,
    datePrecision: date ? 'day' : null,
  });
}

/** Filters of every shape the reading room can produce, including ones facet_count cannot answer. */
const filtersArbitrary = fc
  .record({
    pair: fc.subarray(['PK-US', 'IR-PK', 'RU-US']),
    lang: fc.subarray(LANGUAGES),
    country: fc.subarray(COUNTRIES.slice(0, 3)),
    source: fc.subarray(['Dawn', 'VnExpress', 'Tolo']),
    q: fc.constantFrom(null, 'facet', 'article -"facet 12"', 'nothing OR facet'),
    date: fc.constantFrom(
      {},
      { from: '2024-01-01' },
      { to: '2024-01-31' },
      { from: '2024-01-01', to: '2024-02-29' },
      { from: '2024-01-15', to: '2024-03-01' },
      { undated: '1' },
    ),
  })
  .map(
    ({ date, q, ...facets }) =>
      parseFilters({ ...Object.fromEntries(Object.entries(facets).filter(([, v]) => v.length > 0)), ...date, ...(q && { q }) }).filters,
  );

async function expectCountsAgree(filters: ArticleFilters) {
  expect(canonical(await facetCounts(filters, 'auto'))).toEqual(canonical(await facetCounts(filters, 'table')));
}

/** facet_count rebuilt from scratch by the same key function, compared with what the triggers keep. */
async function expectTableMatchesRecount() {
  expect(await facetCountDrift(database.url)).toBe(0);
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < 60; i++) {
    const { article: a, bytes } = article(i);
    const saved = await saveArticle(a, bytes, { actor: 'test' });
    if (saved.status === 'stored') ids.push(saved.id);
  }
  expect(ids).toHaveLength(60);
});
afterAll(async () => {
  await database.drop();
});

describe('facet counts kept by triggers', () => {
  it('reads the unfiltered, pair-only and language-only views from facet_count', () => {
    expect(slicesFor(parseFilters({}).filters)).toHaveLength(1);
    expect(slicesFor(parseFilters({ pair: 'PK-US', from: '2024-01-01', to: '2024-01-31' }).filters)[0]).toMatchObject({
      scopes: ['pair:PK-US'],
      facet: 'all',
    });
    expect(slicesFor(parseFilters({ lang: 'vi', source: 'Dawn' }).filters)[0]).toMatchObject({ scopes: ['language:vi'], facet: 'source' });
    // Two non-scope facets, two countries, or search text: counted from the articles instead.
    expect(slicesFor(parseFilters({ source: 'Dawn', country: 'PK' }).filters)).toEqual([]);
    expect(slicesFor(parseFilters({ country: ['PK', 'US'] }).filters)).toEqual([]);
    expect(slicesFor(parseFilters({ q: 'facet' }).filters)).toEqual([]);
  });

  it('agree with counting the articles, for every kind of filter', async () => {
    await expectTableMatchesRecount();
    await fc.assert(fc.asyncProperty(filtersArbitrary, expectCountsAgree), { numRuns: 120 });
  });

  it('stay exact through unpublish, republish and metadata edits, with no stale count', async () => {
    // Articles 0 and 4 are PK-US (PAIRS cycles every four).
    const pkUs = parseFilters({ pair: 'PK-US' }).filters;
    const total = async () => (await listArticles(pkUs)).total;
    const start = await total();

    await setArticleStatus(ids[0]!, 'unpublished', 'test');
    expect(await total()).toBe(start - 1);
    await updateArticleMetadata(
      ids[4]!,
      { countryPair: ['IR', 'PK'], publishedAt: '2024-02-29', datePrecision: 'day', countriesMentioned: ['CN', 'IR', 'PK'] },
      'test',
    );
    expect(await total()).toBe(start - 2);
    await updateArticleMetadata(ids[5]!, { language: 'vi', source: 'Tolo', publishedAt: null, datePrecision: null }, 'test');
    await updateArticleMetadata(ids[6]!, { countryPair: null, source: null }, 'test');
    await expectTableMatchesRecount();
    await fc.assert(fc.asyncProperty(filtersArbitrary, expectCountsAgree), { numRuns: 80 });

    await setArticleStatus(ids[0]!, 'published', 'test');
    expect(await total()).toBe(start - 1);
    await expectTableMatchesRecount();
  });

  it('are rolled back with the write that failed', async () => {
    const [totalBefore] = await db().$queryRaw<
      { n: number }[]
    >`SELECT count::int AS n FROM facet_count WHERE facet = 'all' AND scope = '' AND month = -1`;
    await expect(
      db().$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE article SET status = 'unpublished' WHERE id = ${ids[10]!}`;
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const [totalAfter] = await db().$queryRaw<
      { n: number }[]
    >`SELECT count::int AS n FROM facet_count WHERE facet = 'all' AND scope = '' AND month = -1`;
    expect(totalAfter).toEqual(totalBefore);
    await expectTableMatchesRecount();
  });
});
