import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../../lib/articles/save';
import { loadComparison } from '../../lib/compare/load';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  for (const fixture of [
    ingested({ file: 'dari.txt', language: 'fa-AF', direction: 'rtl', paragraphs: ['یک', 'دو'] }),
    ingested({ file: 'vi.txt', language: 'vi', paragraphs: ['Một'] }),
    ingested({ file: 'withdrawn.txt' }),
  ]) {
    const result = await saveArticle(fixture.article, fixture.bytes, { actor: 'test' });
    ids[fixture.article.file] = result.id;
  }
  await db().article.update({ where: { id: ids['withdrawn.txt']! }, data: { status: 'unpublished' } });
});
afterAll(async () => {
  await database.drop();
});

describe('loadComparison', () => {
  it('loads the published articles in the order of the link, with their text and direction', async () => {
    const comparison = await loadComparison(`${ids['vi.txt']},${ids['dari.txt']}`);
    expect(comparison.tooFew).toBe(false);
    expect(comparison.problems).toEqual([]);
    expect(comparison.articles.map((a) => [a.title, a.direction, a.paragraphs])).toEqual([
      ['vi.txt', 'ltr', ['Một']],
      ['dari.txt', 'rtl', ['یک', 'دو']],
    ]);
  });

  it('names an unpublished or unknown id as missing and says when fewer than two are left', async () => {
    const comparison = await loadComparison([ids['dari.txt']!, ids['withdrawn.txt']!, 'zzzzzzzzzzzz']);
    expect(comparison.articles.map((a) => a.title)).toEqual(['dari.txt']);
    expect(comparison.problems).toEqual([
      { kind: 'missing', value: ids['withdrawn.txt'] },
      { kind: 'missing', value: 'zzzzzzzzzzzz' },
    ]);
    expect(comparison.tooFew).toBe(true);
  });
});
