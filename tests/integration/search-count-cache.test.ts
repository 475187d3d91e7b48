import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setArticleStatus } from '../../lib/articles/edit';
import { searchCountCacheHits } from '../../lib/articles/facet-counts';
import { parseFilters } from '../../lib/articles/filters';
import { listArticles, rankedOrderCacheHits } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { translationInputSchema } from '../../lib/translations/schema';
import { attachTranslation, deleteTranslation } from '../../lib/translations/store';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: string[] = [];

async function save(i: number, words: string) {
  const { article, bytes } = ingested({
    file: `cache-${i}.txt`,
    paragraphs: [`Report ${i} on ${words}.`],
    countryPair: i % 2 ? ['PK', 'US'] : ['IR', 'PK'],
    countriesMentioned: i % 2 ? ['PK', 'US'] : ['IR', 'PK'],
    source: i % 3 ? 'Dawn' : 'Tolo',
  });
  const saved = await saveArticle(article, bytes, { actor: 'test' });
  if (saved.status !== 'stored') throw new Error(`not stored: ${saved.status}`);
  return saved.id;
}

/** The search's counts, and whether they came from the cache. */
async function search(params: Record<string, string>) {
  const before = searchCountCacheHits();
  const listing = await listArticles(parseFilters({ q: 'convoy', ...params }).filters);
  return { total: listing.total, pairs: listing.facets.pairs, sources: listing.facets.sources, cached: searchCountCacheHits() > before };
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < 8; i++) ids.push(await save(i, i < 6 ? 'a convoy' : 'a harbour'));
});
afterAll(async () => {
  await database.drop();
});

describe('the counts of a search', () => {
  it('are counted once and read again for the other pages and orders of the same search', async () => {
    const first = await search({});
    expect(first).toMatchObject({ total: 6, cached: false });
    expect(first.pairs).toEqual([
      { value: 'IR-PK', count: 3 },
      { value: 'PK-US', count: 3 },
    ]);
    expect(await search({ sort: 'date', page: '2' })).toEqual({ ...first, cached: true });
    // Another search, or the same with another filter, is counted for itself.
    expect(await search({ pair: 'PK-US' })).toMatchObject({ total: 3, cached: false });
  });

  it('are never older than the articles: a publish, an unpublish or a translation counts again', async () => {
    expect(await search({})).toMatchObject({ total: 6, cached: true });

    ids.push(await save(8, 'another convoy'));
    expect(await search({})).toMatchObject({ total: 7, cached: false });
    expect(await search({})).toMatchObject({ total: 7, cached: true });

    await setArticleStatus(ids[0]!, 'unpublished', 'test');
    expect(await search({})).toMatchObject({ total: 6, cached: false });

    // A translation that says "convoy" makes its article a match.
    const translation = translationInputSchema.parse({
      articleId: ids[7],
      language: 'fr',
      title: 'Rapport',
      paragraphs: ['Un convoy au port.'],
      note: null,
    });
    expect(await attachTranslation(translation, 'test')).toMatchObject({ status: 'attached' });
    expect(await search({})).toMatchObject({ total: 7, cached: false });
    expect(await deleteTranslation(ids[7]!, 'fr', 'test')).toMatchObject({ status: 'deleted' });
    expect(await search({})).toMatchObject({ total: 6, cached: false });
  });

  it('stay in the cache through a write that was rolled back', async () => {
    expect(await search({})).toMatchObject({ total: 6, cached: true });
    await expect(
      db().$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE article SET status = 'unpublished' WHERE id = ${ids[1]!}`;
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await search({})).toMatchObject({ total: 6, cached: true });
  });
});

describe('the ranked order of a search', () => {
  const page = async (n: number, extra: Record<string, string> = {}) => {
    const before = rankedOrderCacheHits();
    const listing = await listArticles(parseFilters({ q: 'caravan', page: String(n), ...extra }).filters);
    return { titles: listing.items.map((item) => item.title), cached: rankedOrderCacheHits() > before };
  };

  it('is ranked once and read again for the next pages, and ranked again after a write', async () => {
    // Article k says "caravan" k times: the more often, the higher it ranks.
    for (let k = 1; k <= 25; k++) {
      const { article, bytes } = ingested({
        file: `caravan-${String(k).padStart(2, '0')}.txt`,
        paragraphs: [`${'caravan '.repeat(k)}in the pass.`],
      });
      expect((await saveArticle(article, bytes, { actor: 'test' })).status).toBe('stored');
    }
    const first = await page(1);
    expect(first.cached).toBe(false);
    expect(first.titles.slice(0, 3)).toEqual(['caravan-25.txt', 'caravan-24.txt', 'caravan-23.txt']);
    const second = await page(2);
    expect(second.cached).toBe(true);
    expect(second.titles).toEqual(['caravan-05.txt', 'caravan-04.txt', 'caravan-03.txt', 'caravan-02.txt', 'caravan-01.txt']);
    // Counting exactly ranks the same matches: the kept order serves it too.
    expect(await page(2, { count: 'exact' })).toEqual(second);

    const { article, bytes } = ingested({ file: 'caravan-99.txt', paragraphs: [`${'caravan '.repeat(40)}at dawn.`] });
    expect((await saveArticle(article, bytes, { actor: 'test' })).status).toBe('stored');
    const after = await page(1);
    expect(after).toMatchObject({ cached: false });
    expect(after.titles[0]).toBe('caravan-99.txt');
  });
});
