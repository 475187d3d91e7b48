import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setArticleStatus } from '../../lib/articles/edit';
import { facetCounts } from '../../lib/articles/facet-counts';
import { parseFilters } from '../../lib/articles/filters';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { parseTranslationText } from '../../lib/translations/body';
import { translationInputSchema } from '../../lib/translations/schema';
import { attachTranslation, deleteTranslation, listTranslations, realignTranslation } from '../../lib/translations/store';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: Record<'vi' | 'fa' | 'ar', string> = { vi: '', fa: '', ar: '' };

const FIXTURES = {
  vi: ingested({
    file: 'vi.txt',
    title: 'Việt Nam và Hoa Kỳ hợp tác chống khủng bố',
    language: 'vi',
    countryPair: ['US', 'VN'],
    source: 'VnExpress',
    publishedAt: '2024-03-05',
    datePrecision: 'day',
    paragraphs: ['Đoạn một về hợp tác.', 'Đoạn hai về huấn luyện.', 'Đoạn ba về biên giới.'],
  }),
  fa: ingested({
    file: 'fa.txt',
    title: 'همکاری امنیتی افغانستان و پاکستان',
    language: 'fa-AF',
    direction: 'rtl',
    countryPair: ['AF', 'PK'],
    source: 'Tolo',
    paragraphs: ['بند نخست درباره مرز.', 'بند دوم درباره آموزش.'],
  }),
  ar: ingested({
    file: 'ar.txt',
    title: 'باكستان والولايات المتحدة',
    language: 'ar',
    direction: 'rtl',
    countryPair: ['PK', 'US'],
    source: 'Al Jazeera',
    paragraphs: ['الفقرة الأولى عن التعاون في مجال quartermaster.'],
  }),
};

const valid = (fields: Record<string, unknown>) => translationInputSchema.parse({ note: null, ...fields });

beforeAll(async () => {
  database = await createTestDatabase();
  for (const key of ['vi', 'fa', 'ar'] as const) {
    const { article, bytes } = FIXTURES[key];
    const saved = await saveArticle(article, bytes, { actor: 'test' });
    if (saved.status !== 'stored') throw new Error('not stored');
    ids[key] = saved.id;
  }
});
afterAll(async () => {
  await database.drop();
});

const listing = (params: Record<string, string>) => listArticles(parseFilters(params).filters);

describe('attaching a translation', () => {
  it('stores it aligned by paragraph order, with its search keys, and audits it', async () => {
    const body = parseTranslationText(
      'Vietnam and the United States cooperate.\n\nParagraph one on zephyrine cooperation.\n\nParagraph two on training.\n\nParagraph three on borders.\n\nA closing note.',
    );
    if (!body.ok) throw new Error(body.error);
    const [title, ...paragraphs] = body.paragraphs;
    const result = await attachTranslation(
      valid({ articleId: ids.vi, language: 'EN', title, paragraphs, note: 'Translated by the desk' }),
      'editor@example.org',
    );
    expect(result).toMatchObject({
      status: 'attached',
      translation: { language: 'en', direction: 'ltr', alignment: [0, 1, 2, 2], note: 'Translated by the desk' },
    });
    const [audit] = await db().auditEntry.findMany({ where: { articleId: ids.vi, action: 'translation_attach' } });
    expect(audit).toMatchObject({
      actor: 'editor@example.org',
      changes: { translation: { from: null, to: 'en' }, paragraphs: 4, alignment: [1, 2, 3, 3] },
    });
    const [keys] = await db().$queryRaw<
      { folded: string }[]
    >`SELECT search_folded::text AS folded FROM article_translation WHERE article_id = ${ids.vi}`;
    expect(keys?.folded).toContain("'zephyrine'");
  });

  it('refuses a second translation in the same language, the original language, and unknown articles', async () => {
    expect(await attachTranslation(valid({ articleId: ids.vi, language: 'en', title: 'Again', paragraphs: ['x'] }), 't')).toEqual({
      status: 'exists',
    });
    expect(await attachTranslation(valid({ articleId: ids.vi, language: 'vi', title: 'Same', paragraphs: ['x'] }), 't')).toEqual({
      status: 'same-language',
    });
    expect(await attachTranslation(valid({ articleId: 'zzzzzzzzzzzz', language: 'en', title: 'None', paragraphs: ['x'] }), 't')).toEqual({
      status: 'not-found',
    });
    expect(
      translationInputSchema.safeParse({ articleId: ids.vi, language: 'not a tag!', title: 'x', paragraphs: ['x'], note: null }).success,
    ).toBe(false);
    expect(await listTranslations(ids.vi)).toHaveLength(1);
  });
});

describe('realigning', () => {
  it('accepts a monotonic alignment within the original and audits the change', async () => {
    expect(await realignTranslation(ids.vi, 'en', [0, 0, 1, 2], 'editor@example.org')).toEqual({ status: 'realigned' });
    expect((await listTranslations(ids.vi))[0]?.alignment).toEqual([0, 0, 1, 2]);
    expect(await realignTranslation(ids.vi, 'en', [0, 0, 1, 2], 'editor@example.org')).toEqual({ status: 'unchanged' });
    const audits = await db().auditEntry.findMany({ where: { articleId: ids.vi, action: 'translation_realign' } });
    expect(audits.map((a) => a.changes)).toEqual([{ translation: 'en', alignment: { from: [1, 2, 3, 3], to: [1, 1, 2, 3] } }]);
  });

  it('refuses alignments that go back, leave the original or miss paragraphs, changing nothing', async () => {
    expect(await realignTranslation(ids.vi, 'en', [0, 2, 1, 2], 't')).toMatchObject({
      status: 'invalid',
      message: expect.stringContaining("keeps the original's order"),
    });
    expect(await realignTranslation(ids.vi, 'en', [0, 1, 2, 3], 't')).toMatchObject({
      status: 'invalid',
      message: expect.stringContaining('the original has 3 paragraphs'),
    });
    expect(await realignTranslation(ids.vi, 'en', [0, 1], 't')).toMatchObject({ status: 'invalid' });
    expect(await realignTranslation(ids.vi, 'de', [0], 't')).toEqual({ status: 'not-found' });
    expect((await listTranslations(ids.vi))[0]?.alignment).toEqual([0, 0, 1, 2]);
  });
});

describe('searching translations', () => {
  beforeAll(async () => {
    await attachTranslation(
      valid({
        articleId: ids.fa,
        language: 'en',
        title: 'Afghanistan and Pakistan security cooperation',
        paragraphs: ['First paragraph about the border and zephyrine.', 'Second about training.'],
      }),
      't',
    );
  });

  it('finds articles by a word only in a translation and says so, with a snippet from the translation', async () => {
    const { items, total } = await listing({ q: 'zephyrine' });
    expect(total).toBe(2);
    expect(items.map((i) => i.id).sort()).toEqual([ids.vi, ids.fa].sort());
    for (const item of items) {
      expect(item.translationMatch).toEqual({ languages: ['en'], inOriginal: false, snippetLanguage: 'en' });
      expect(item.snippet?.segments.some((s) => s.match && s.text === 'zephyrine')).toBe(true);
    }
    const vi = items.find((i) => i.id === ids.vi)!;
    expect(vi.snippet?.paragraph).toBe(0);
  });

  it('marks an original match apart from a translation match', async () => {
    await attachTranslation(
      valid({ articleId: ids.ar, language: 'en', title: 'Pakistan and the US', paragraphs: ['On quartermaster cooperation.'] }),
      't',
    );
    const { items } = await listing({ q: 'quartermaster' });
    expect(items).toHaveLength(1);
    expect(items[0]?.translationMatch).toEqual({ languages: ['en'], inOriginal: true, snippetLanguage: null });
    const plain = await listing({ q: 'biên giới' });
    expect(plain.items.map((i) => i.id)).toEqual([ids.vi]);
    expect(plain.items[0]?.translationMatch).toBeUndefined();
  });

  it('counts facets for a word only in translations the same in one pass as facet by facet, and as expected', async () => {
    const filters = parseFilters({ q: 'zephyrine' }).filters;
    const onePass = await facetCounts(filters, 'auto');
    expect(onePass).toEqual(await facetCounts(filters, 'table'));
    expect(onePass.total).toBe(2);
    expect(onePass.languages).toEqual([
      { value: 'fa-AF', count: 1 },
      { value: 'vi', count: 1 },
    ]);
    expect(onePass.pairs).toEqual([
      { value: 'AF-PK', count: 1 },
      { value: 'US-VN', count: 1 },
    ]);
    expect(onePass.sources).toEqual([
      { value: 'Tolo', count: 1 },
      { value: 'VnExpress', count: 1 },
    ]);
    expect(onePass.months).toEqual(
      expect.arrayContaining([
        { month: '2024-03', count: 1 },
        { month: null, count: 1 },
      ]),
    );
    // Within a facet selection, each facet still ignores only its own.
    const narrowed = parseFilters({ q: 'zephyrine', lang: 'vi' }).filters;
    const counts = await facetCounts(narrowed, 'auto');
    expect(counts).toEqual(await facetCounts(narrowed, 'table'));
    expect(counts.total).toBe(1);
    expect(counts.languages).toHaveLength(2);
    expect(counts.pairs).toEqual([{ value: 'US-VN', count: 1 }]);
  });

  it('leaves an article out when an excluded word is in its original or in any translation', async () => {
    const ids_ = async (q: string) => (await listing({ q })).items.map((i) => i.id).sort();
    expect(await ids_('zephyrine -borders')).toEqual([ids.fa]);
    expect(await ids_('zephyrine -"hợp tác"')).toEqual([ids.fa]);
    expect(await ids_('zephyrine -training')).toEqual([]);
    const onlyExcluded = await listing({ q: '-zephyrine' });
    expect(onlyExcluded.items.map((i) => i.id)).toEqual([ids.ar]);
    expect(onlyExcluded.items[0]?.translationMatch).toBeUndefined();
    for (const q of ['zephyrine -borders', '-zephyrine']) {
      const filters = parseFilters({ q }).filters;
      expect(await facetCounts(filters, 'auto')).toEqual(await facetCounts(filters, 'table'));
    }
  });

  it('leaves unpublished articles out whatever their translations match', async () => {
    await setArticleStatus(ids.fa, 'unpublished', 't');
    const counts = await facetCounts(parseFilters({ q: 'zephyrine' }).filters);
    expect(counts.total).toBe(1);
    expect((await listing({ q: 'zephyrine' })).items.map((i) => i.id)).toEqual([ids.vi]);
    await setArticleStatus(ids.fa, 'published', 't');
  });
});

describe('deleting', () => {
  it('removes the translation and its matches, keeping its text in the audit log', async () => {
    expect(await deleteTranslation(ids.fa, 'en', 'editor@example.org')).toEqual({ status: 'deleted' });
    expect(await deleteTranslation(ids.fa, 'en', 'editor@example.org')).toEqual({ status: 'not-found' });
    expect((await listing({ q: 'zephyrine' })).items.map((i) => i.id)).toEqual([ids.vi]);
    const [audit] = await db().auditEntry.findMany({ where: { articleId: ids.fa, action: 'translation_delete' } });
    expect(audit?.changes).toMatchObject({
      translation: { from: 'en', to: null },
      text: 'First paragraph about the border and zephyrine.\n\nSecond about training.',
    });
  });

  it('goes with its article', async () => {
    await db().auditEntry.deleteMany({ where: { articleId: ids.ar } });
    await db().article.delete({ where: { id: ids.ar } });
    expect(await db().articleTranslation.count({ where: { articleId: ids.ar } })).toBe(0);
  });
});
