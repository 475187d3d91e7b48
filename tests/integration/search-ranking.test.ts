import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../lib/articles/filters';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const COUNT = 30;
const day = (i: number) => `2024-03-${String(i + 1).padStart(2, '0')}`;

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < COUNT; i++) {
    // Days 1..30; the word is in the title of an old article (day 2) and a recent one (day 25).
    const inTitle = i === 1 || i === 24;
    const { article, bytes } = ingested({
      file: `rank-${i}.txt`,
      title: inTitle ? `Cooperation talks ${i}` : `Talks ${i}`,
      paragraphs: [`Officials met on day ${i} and spoke of cooperation.`],
      publishedAt: day(i),
      datePrecision: 'day',
    });
    await saveArticle(article, bytes, { actor: 'test' });
  }
});
afterAll(async () => {
  await database.drop();
});

const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;

describe('relevance over a bounded set of matches', () => {
  it('ranks only the newest candidates when there are more matches, and says so', async () => {
    const listing = await listArticles(filters('q=cooperation'), { rankedCandidates: 10 });
    expect(listing.total).toBe(COUNT);
    expect(listing.rankedAmong).toBe(10);
    expect(listing.pageCount).toBe(1);
    const titles = listing.items.map((item) => item.title);
    expect(titles).toHaveLength(10);
    // The recent title match ranks first; the old one is not among the ten newest.
    expect(titles[0]).toBe('Cooperation talks 24');
    expect(titles).not.toContain('Cooperation talks 1');
    expect(listing.items.map((item) => item.publishedAt).sort()[0]).toBe(day(20));
  });

  it('ranks every match when they fit, with title matches first', async () => {
    const listing = await listArticles(filters('q=cooperation'), { rankedCandidates: 100 });
    expect(listing.rankedAmong).toBeNull();
    expect(listing.pageCount).toBe(2);
    expect(
      listing.items
        .slice(0, 2)
        .map((item) => item.title)
        .sort(),
    ).toEqual(['Cooperation talks 1', 'Cooperation talks 24']);
  });

  it('still reaches every match in date order', async () => {
    const seen = new Set<string>();
    for (const page of [1, 2]) {
      const listing = await listArticles(filters(`q=cooperation&sort=date&page=${page}`), { rankedCandidates: 10 });
      expect(listing.rankedAmong).toBeNull();
      for (const item of listing.items) seen.add(item.id);
    }
    expect(seen.size).toBe(COUNT);
  });
});
