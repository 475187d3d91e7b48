import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminListChoices, listAdminPage, parseAdminListParams, type AdminListFilters } from '../../lib/articles/admin-list';
import { setArticleStatus } from '../../lib/articles/edit';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: Record<string, string> = {};

const filters = (overrides: Partial<AdminListFilters>): AdminListFilters => ({
  q: '',
  status: null,
  language: null,
  pair: null,
  page: 1,
  ...overrides,
});
const titles = async (overrides: Partial<AdminListFilters>) =>
  (await listAdminPage(filters(overrides))).items.map((item) => item.title).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  const fixtures = [
    ingested({
      file: 'vi.txt',
      title: 'Hợp tác chống khủng bố',
      language: 'vi',
      source: 'Tuổi Trẻ',
      countryPair: ['US', 'VN'],
      paragraphs: ['Hai nước thảo luận hợp tác an ninh biên giới.'],
    }),
    ingested({
      file: 'ar.txt',
      title: 'تعاون أمني بين كينيا والصومال',
      language: 'ar',
      direction: 'rtl',
      source: 'الأهرام',
      author: 'علي',
      countryPair: ['KE', 'SO'],
      paragraphs: ['نص المقال الأول عن التعاون.'],
    }),
    ingested({
      file: 'en.txt',
      title: 'Border talks resume',
      language: 'en',
      author: 'Jane Roe',
      countryPair: ['KE', 'SO'],
      paragraphs: ['Talks on the border resumed on Monday.'],
    }),
  ];
  for (const { article, bytes } of fixtures) {
    const saved = await saveArticle(article, bytes, { actor: 'test' });
    if (saved.status !== 'stored') throw new Error(`${article.file} not stored`);
    ids[article.file] = saved.id;
  }
});
afterAll(async () => {
  await database.drop();
});

describe('listAdminPage', () => {
  it('finds titles by folded word starts: Vietnamese without tones, Arabic letter variants', async () => {
    expect(await titles({ q: 'khung bo' })).toEqual(['Hợp tác chống khủng bố']);
    // ي for ی and a missing hamza still find the title.
    expect(await titles({ q: 'امني' })).toEqual(['تعاون أمني بين كينيا والصومال']);
    expect(await titles({ q: 'bord' })).toEqual(['Border talks resume']);
  });

  it('finds sources and authors the same way', async () => {
    expect(await titles({ q: 'tuoi tre' })).toEqual(['Hợp tác chống khủng bố']);
    expect(await titles({ q: 'الاهرام' })).toEqual(['تعاون أمني بين كينيا والصومال']);
    expect(await titles({ q: 'roe' })).toEqual(['Border talks resume']);
    expect(await titles({ q: 'nothing-like-this' })).toEqual([]);
  });

  it('filters by language, pair and status, and counts what matches', async () => {
    expect(await titles({ language: 'vi' })).toEqual(['Hợp tác chống khủng bố']);
    const pair = await listAdminPage(filters({ pair: 'KE-SO' }));
    expect(pair.total).toBe(2);
    expect(pair.more).toBe(false);
    const changed = await setArticleStatus(ids['en.txt']!, 'unpublished', 'test', 'Copyright complaint');
    expect(changed).toEqual({ status: 'changed' });
    expect(await titles({ status: 'unpublished' })).toEqual(['Border talks resume']);
    expect(await titles({ status: 'published', pair: 'KE-SO' })).toEqual(['تعاون أمني بين كينيا والصومال']);
    const entry = await db().auditEntry.findFirst({ where: { articleId: ids['en.txt'], action: 'unpublish' } });
    expect(entry?.changes).toMatchObject({ reason: 'Copyright complaint' });
  });

  it('offers the stored languages and pairs as choices', async () => {
    expect(await adminListChoices()).toEqual({ languages: ['ar', 'en', 'vi'], pairs: ['KE-SO', 'US-VN'] });
  });

  it('searches the title through the search index', async () => {
    // A table this small is read whole; forbidding that shows the index can answer the query.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        "EXPLAIN SELECT id FROM article WHERE search_folded @@ to_tsquery('simple', '''border'':*A')",
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('article_search_folded_idx');
  });
});

describe('parseAdminListParams', () => {
  it('keeps sensible values and drops the rest', () => {
    expect(parseAdminListParams({ q: ' kenya ', status: 'unpublished', language: 'fa-AF', pair: 'KE-SO', page: '3' })).toEqual({
      q: 'kenya',
      status: 'unpublished',
      language: 'fa-AF',
      pair: 'KE-SO',
      page: 3,
    });
    expect(parseAdminListParams({ status: 'gone', language: 'x y', pair: 'kenya', page: '-1' })).toEqual(filters({}));
  });
});
