import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../lib/articles/filters';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { reindexMissing } from '../../lib/search/reindex';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;

const FIXTURES = [
  ingested({
    file: 'ar.txt',
    title: 'كيف تتعاون باكستان مع الولايات المتحدة',
    language: 'ar',
    direction: 'rtl',
    countryPair: ['PK', 'US'],
    paragraphs: ['التقى وزير الخارجية في إسلام آباد.', 'وأكد الجانبان أهمية مكافحة الإرهاب في عام ١٤٠٣.'],
  }),
  ingested({
    file: 'fa.txt',
    title: 'همکاری امنیتی پاکستان و امریکا',
    language: 'fa-AF',
    direction: 'rtl',
    countryPair: ['PK', 'US'],
    paragraphs: ['لوی درستیز می‌خواهم کمک امریکا را به دست آورد.', 'این دیدار در سال ۱۴۰۳ انجام شد و پل همکاری ساخته شد.'],
  }),
  ingested({
    file: 'vi-exact.txt',
    title: 'Đà Nẵng tổ chức diễn tập chống khủng bố',
    language: 'vi',
    countryPair: ['US', 'VN'],
    paragraphs: ['Cuộc diễn tập chống khủng bố diễn ra tại Đà Nẵng với sự tham gia của Mỹ.'],
  }),
  ingested({
    file: 'vi-folded.txt',
    title: 'Da nang port hosts a security drill',
    language: 'en',
    countryPair: ['US', 'VN'],
    paragraphs: ['A drill at the port of Da Nang brought together officials on counterterrorism.'],
  }),
  ingested({
    file: 'en.txt',
    title: 'Russia and the United States resume talks',
    language: 'en',
    countryPair: ['RU', 'US'],
    publishedAt: '2024-01-10',
    datePrecision: 'day',
    paragraphs: ['Officials discussed intelligence sharing on the Islamic State.', 'The Taliban were not on the agenda.'],
  }),
];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const { article, bytes } of FIXTURES) await saveArticle(article, bytes, { actor: 'test' });
});
afterAll(async () => {
  await database.drop();
});

const search = async (query: string) => {
  const listing = await listArticles(parseFilters(new URLSearchParams(query)).filters);
  return { listing, files: listing.items.map((item) => item.title) };
};
const titles = (q: string) => search(`q=${encodeURIComponent(q)}`).then((r) => r.files.sort());

describe('search', () => {
  it('folds Arabic and Persian letter variants, alef forms and digits', async () => {
    expect(await titles('کیف')).toEqual(['كيف تتعاون باكستان مع الولايات المتحدة']);
    expect(await titles('اسلام اباد')).toEqual(['كيف تتعاون باكستان مع الولايات المتحدة']);
    expect((await titles('1403')).length).toBe(2);
    expect((await titles('۱۴۰۳')).length).toBe(2);
  });

  it('finds a ZWNJ word typed with or without it', async () => {
    expect(await titles('میخواهم')).toEqual(['همکاری امنیتی پاکستان و امریکا']);
    expect(await titles('می‌خواهم')).toEqual(['همکاری امنیتی پاکستان و امریکا']);
  });

  it('never folds distinct letters: پل is not بل', async () => {
    expect(await titles('پل')).toEqual(['همکاری امنیتی پاکستان و امریکا']);
    expect(await titles('بل')).toEqual([]);
  });

  it('ignores Vietnamese diacritics but ranks the exact spelling first', async () => {
    const { files } = await search(`q=${encodeURIComponent('Đà Nẵng')}`);
    expect(files).toEqual(['Đà Nẵng tổ chức diễn tập chống khủng bố', 'Da nang port hosts a security drill']);
    const folded = await search('q=da+nang');
    expect(folded.files).toHaveLength(2);
  });

  it('stores an exact vector only where folding changes the text', async () => {
    const rows = await db().$queryRaw<{ title: string; own: boolean; folded: boolean }[]>`
      SELECT title, search_exact IS NOT NULL AS own, search_folded IS NOT NULL AS folded FROM article`;
    const own = Object.fromEntries(rows.map((r) => [r.title, r.own]));
    expect(rows.every((r) => r.folded)).toBe(true);
    expect(own).toMatchObject({
      'Russia and the United States resume talks': false,
      'Da nang port hosts a security drill': false,
      'Đà Nẵng tổ chức diễn tập chống khủng bố': true,
      // Exact keys differ from folded ones only by Latin diacritics: Arabic script folds the same both ways.
      'كيف تتعاون باكستان مع الولايات المتحدة': false,
      'همکاری امنیتی پاکستان و امریکا': false,
    });
    // Ranked by its folded vector instead: typed without accents, the English article's spelling is the exact one.
    expect((await search('q=da+nang')).files).toEqual(['Da nang port hosts a security drill', 'Đà Nẵng tổ chức diễn tập chống khủng bố']);
  });

  it('supports phrases, exclusion and OR', async () => {
    expect(await titles('"intelligence sharing"')).toEqual(['Russia and the United States resume talks']);
    expect(await titles('"sharing intelligence"')).toEqual([]);
    expect(await titles('drill -nang')).toEqual([]);
    expect(await titles('counterterrorism OR Taliban')).toEqual([
      'Da nang port hosts a security drill',
      'Russia and the United States resume talks',
    ]);
  });

  it('counts facets within the search and returns highlighted snippets', async () => {
    const { listing } = await search('q=Taliban');
    expect(listing.total).toBe(1);
    expect(listing.facets.pairs).toEqual([{ value: 'RU-US', count: 1 }]);
    const snippet = listing.items[0]!.snippet!;
    expect(snippet.paragraph).toBe(1);
    expect(snippet.segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Taliban']);
  });

  it('can sort a search by date', async () => {
    const { files } = await search('q=counterterrorism+OR+Taliban&sort=date');
    expect(files[0]).toBe('Russia and the United States resume talks');
  });

  it('treats a query of symbols as no search, and a hostile one as text', async () => {
    expect((await search(`q=${encodeURIComponent('- -- ... OR')}`)).listing.total).toBe(5);
    expect((await search(`q=${encodeURIComponent("'); DROP TABLE article; --")}`)).listing.total).toBe(0);
    expect(await db().article.count()).toBe(5);
  });

  it('rebuilds missing search keys', async () => {
    await db().$executeRaw`UPDATE article SET search_folded = NULL, search_exact = NULL`;
    expect(await titles('Taliban')).toEqual([]);
    expect(await reindexMissing()).toBe(5);
    expect(await titles('Taliban')).toEqual(['Russia and the United States resume talks']);
  });
});

describe('the synthetic-data notice', () => {
  it('says whether the searched view holds synthetic articles, whatever the facets', async () => {
    const english = await db().article.findFirstOrThrow({ where: { title: 'Russia and the United States resume talks' } });
    expect((await search('q=officials')).listing.anySynthetic).toBe(false);
    await db().article.update({ where: { id: english.id }, data: { synthetic: true } });
    try {
      expect((await search('q=officials')).listing.anySynthetic).toBe(true);
      // Only the Da Nang article matches "drill": the synthetic one is not in that view.
      expect((await search('q=drill')).listing.anySynthetic).toBe(false);
      // Narrowed by a facet to the other match of "officials".
      expect((await search('q=officials&pair=US-VN')).listing.anySynthetic).toBe(false);
      expect((await search('pair=RU-US')).listing.anySynthetic).toBe(true);
    } finally {
      await db().article.update({ where: { id: english.id }, data: { synthetic: false } });
    }
  });
});
