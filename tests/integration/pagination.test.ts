import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters, filtersToSearchParams, type ArticleFilters } from '../../lib/articles/filters';
import { listArticles, PAGE_SIZE } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import type { ArticleListing } from '../../lib/articles/types';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const COUNT = 47;

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < COUNT; i++) {
    // Many articles share a date, and every fifth has none: the key must still order them all.
    const day = i % 5 === 4 ? null : `2024-0${1 + (i % 3)}-1${i % 2}`;
    const { article, bytes } = ingested({
      file: `n${i}.txt`,
      publishedAt: day,
      datePrecision: day ? 'day' : null,
      paragraphs: [`Body ${i}.`],
    });
    await saveArticle(article, bytes, { actor: 'test' });
  }
});
afterAll(async () => {
  await database.drop();
});

const ids = (listing: ArticleListing) => listing.items.map((item) => item.id);

/** Follows the "next" link the way the pagination component builds it. */
function nextFilters(filters: ArticleFilters, listing: ArticleListing): ArticleFilters {
  return { ...filters, page: filters.page + 1, cursor: { direction: 'after', ...listing.cursors.last! } };
}

describe('keyset pagination', () => {
  it('walks every article once, in the same order as offsets, and survives a round trip through the URL', async () => {
    const byOffset: string[] = [];
    for (let page = 1; page <= Math.ceil(COUNT / PAGE_SIZE); page++) {
      byOffset.push(...ids(await listArticles(parseFilters({ page: String(page) }).filters)));
    }
    const byCursor: string[] = [];
    let filters = parseFilters({}).filters;
    for (;;) {
      const listing = await listArticles(filters);
      byCursor.push(...ids(listing));
      if (listing.items.length < PAGE_SIZE) break;
      // Through the canonical query string, as a shared link would carry it.
      filters = parseFilters(filtersToSearchParams(nextFilters(filters, listing))).filters;
      expect(filters.cursor?.direction).toBe('after');
    }
    expect(new Set(byCursor).size).toBe(COUNT);
    expect(byCursor).toEqual(byOffset);
  });

  it('goes back with "before" to exactly the previous page', async () => {
    const first = await listArticles(parseFilters({}).filters);
    const secondFilters = nextFilters(parseFilters({}).filters, first);
    const second = await listArticles(secondFilters);
    const third = await listArticles(nextFilters(secondFilters, second));
    const backToSecond = await listArticles({ ...secondFilters, page: 2, cursor: { direction: 'before', ...third.cursors.first! } });
    expect(ids(backToSecond)).toEqual(ids(second));
  });

  it('pages a search in date order the same way, forwards and back (read from its matches when they are few)', async () => {
    const walk = async (start: ArticleFilters) => {
      const seen: string[] = [];
      const pages: ArticleListing[] = [];
      for (let filters = start; ;) {
        const listing = await listArticles(filters);
        seen.push(...ids(listing));
        pages.push(listing);
        if (listing.items.length < PAGE_SIZE) break;
        filters = nextFilters(filters, listing);
      }
      return { seen, pages };
    };
    const list = await walk(parseFilters({}).filters);
    const searchFilters = parseFilters({ q: 'body', sort: 'date' }).filters;
    const search = await walk(searchFilters);
    expect(search.pages[0]!.total).toBe(COUNT);
    expect(search.seen).toEqual(list.seen);
    const second = nextFilters(searchFilters, search.pages[0]!);
    const back = await listArticles({ ...second, cursor: { direction: 'before', ...search.pages[2]!.cursors.first! } });
    expect(ids(back)).toEqual(ids(search.pages[1]!));
  });

  it('keeps a page stable when newer articles arrive', async () => {
    const first = await listArticles(parseFilters({}).filters);
    const filters = nextFilters(parseFilters({}).filters, first);
    const before = ids(await listArticles(filters));
    const { article, bytes } = ingested({ file: 'newest.txt', publishedAt: '2025-01-01', datePrecision: 'day', paragraphs: ['Newest.'] });
    await saveArticle(article, bytes, { actor: 'test' });
    expect(ids(await listArticles(filters))).toEqual(before);
  });

  it('ignores a malformed or misplaced cursor and says so', () => {
    expect(parseFilters({ page: '2', after: "x' OR 1=1" }).ignored).toEqual(["after=x' OR 1=1"]);
    expect(parseFilters({ after: 'none_1_0123456789ab' }).ignored).toEqual(['after=none_1_0123456789ab']);
    expect(parseFilters({ page: '2', q: 'x', after: 'none_1_0123456789ab' }).ignored).toEqual(['after=none_1_0123456789ab']);
    expect(parseFilters({ page: '2', after: '2024-02-30_1_0123456789ab' }).filters.cursor).toBeNull();
  });
});
