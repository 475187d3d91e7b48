import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters } from '../../lib/articles/filters';
import { getArticle } from '../../lib/articles/get';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: Record<string, string> = {};

const FIXTURES = [
  ingested({
    file: 'a.txt',
    language: 'ar',
    direction: 'rtl',
    countryPair: ['PK', 'US'],
    countriesMentioned: ['AF', 'PK', 'US'],
    source: 'Dot Misr',
    publishedAt: '2024-09-17',
    datePrecision: 'day',
  }),
  ingested({
    file: 'b.txt',
    language: 'fa-AF',
    direction: 'rtl',
    countryPair: ['PK', 'US'],
    countriesMentioned: ['AF', 'PK', 'US'],
    publishedAt: '2024-07-05',
    datePrecision: 'day',
  }),
  ingested({
    file: 'c.txt',
    language: 'vi',
    countryPair: ['PK', 'US'],
    source: 'VOV.VN',
    dateText: 'ngày 13/1',
    dateParts: { day: 13, month: 1 },
  }),
  ingested({ file: 'd.txt', language: 'vi', countryPair: ['IR', 'PK'] }),
  ingested({
    file: 'e.txt',
    language: 'vi',
    countryPair: ['RU', 'US'],
    countriesMentioned: ['RU', 'UA', 'US'],
    source: 'VnMedia',
    publishedAt: '2023-10-14',
    datePrecision: 'day',
  }),
  ingested({ file: 'f.txt', language: 'en', countryPair: null, publishedAt: '2024-07-20', datePrecision: 'day' }),
];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const { article, bytes } of FIXTURES) {
    const result = await saveArticle(article, bytes, { actor: 'test' });
    expect(result.status).toBe('stored');
    ids[article.file] = result.id;
  }
});
afterAll(async () => {
  await database.drop();
});

const list = (query: string) => listArticles(parseFilters(new URLSearchParams(query)).filters);
const facet = (values: { value: string; count: number }[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));

describe('listArticles', () => {
  it('lists everything newest first, undated last, with facet counts', async () => {
    const all = await list('');
    expect(all.total).toBe(6);
    expect(all.items.slice(0, 4).map((item) => item.title)).toEqual(['a.txt', 'f.txt', 'b.txt', 'e.txt']);
    expect(
      all.items
        .slice(4)
        .map((item) => item.title)
        .sort(),
    ).toEqual(['c.txt', 'd.txt']);
    expect(facet(all.facets.pairs)).toEqual({ 'PK-US': 3, 'IR-PK': 1, 'RU-US': 1 });
    expect(facet(all.facets.languages)).toEqual({ vi: 3, ar: 1, 'fa-AF': 1, en: 1 });
    expect(all.facets.dates.undated).toBe(2);
    expect(all.facets.dates.buckets.find((b) => b.key === '2024-07')?.count).toBe(2);
  });

  it('narrows by pair; other facets count within it, the pair facet ignores its own selection', async () => {
    const view = await list('pair=PK-US');
    expect(view.total).toBe(3);
    expect(facet(view.facets.pairs)).toEqual({ 'PK-US': 3, 'IR-PK': 1, 'RU-US': 1 });
    expect(facet(view.facets.languages)).toEqual({ ar: 1, 'fa-AF': 1, vi: 1 });
    expect(view.facets.dates.undated).toBe(1);
  });

  it('ORs values within a facet and ANDs across facets', async () => {
    expect((await list('pair=PK-US&pair=IR-PK')).total).toBe(4);
    const view = await list('pair=PK-US&pair=IR-PK&lang=vi');
    expect(view.items.map((i) => i.title).sort()).toEqual(['c.txt', 'd.txt']);
    expect(facet(view.facets.pairs)).toEqual({ 'PK-US': 1, 'IR-PK': 1, 'RU-US': 1 });
  });

  it('filters by an inclusive date range, which leaves out undated articles', async () => {
    const view = await list('from=2024-07-05&to=2024-09-17');
    expect(view.items.map((i) => i.title).sort()).toEqual(['a.txt', 'b.txt', 'f.txt']);
    // The date facet ignores the range itself, so the other months stay visible.
    expect(view.facets.dates.undated).toBe(2);
    expect(facet(view.facets.pairs)).toEqual({ 'PK-US': 2 });
  });

  it('reaches the undated articles on their own', async () => {
    const view = await list('undated=1');
    expect(view.items.map((i) => i.title).sort()).toEqual(['c.txt', 'd.txt']);
  });

  it('facets countries mentioned and sources, each ignoring its own selection', async () => {
    const all = await list('');
    expect(facet(all.facets.countries)).toEqual({ AF: 2, PK: 2, US: 3, RU: 1, UA: 1 });
    expect(facet(all.facets.sources)).toEqual({ 'Dot Misr': 1, VnMedia: 1, 'VOV.VN': 1 });

    const afghanistan = await list('country=AF');
    expect(afghanistan.items.map((i) => i.title).sort()).toEqual(['a.txt', 'b.txt']);
    expect(facet(afghanistan.facets.countries)).toEqual(facet(all.facets.countries));
    expect(facet(afghanistan.facets.sources)).toEqual({ 'Dot Misr': 1 });

    expect((await list('country=AF&country=UA')).total).toBe(3);
    expect((await list('country=AF&source=VnMedia')).total).toBe(0);
    expect((await list('source=VnMedia&source=VOV.VN')).items.map((i) => i.title).sort()).toEqual(['c.txt', 'e.txt']);
  });

  it('does not list unpublished articles', async () => {
    await db().article.update({ where: { id: ids['f.txt']! }, data: { status: 'unpublished' } });
    try {
      expect((await list('')).total).toBe(5);
      expect(await getArticle(ids['f.txt']!)).toBeNull();
    } finally {
      await db().article.update({ where: { id: ids['f.txt']! }, data: { status: 'published' } });
    }
  });
});

describe('saveArticle and getArticle', () => {
  it('keeps the raw bytes verbatim with their SHA-256 and an audit entry', async () => {
    const { article, bytes } = FIXTURES[2]!;
    const stored = await getArticle(ids['c.txt']!);
    expect(stored).toMatchObject({
      title: 'c.txt',
      language: 'vi',
      countryPair: ['PK', 'US'],
      dateText: 'ngày 13/1',
      dateParts: { day: 13, month: 1 },
      publishedAt: null,
    });
    expect(stored?.file?.sha256).toBe(article.sha256);
    const raw = await db().rawFile.findUniqueOrThrow({ where: { sha256: article.sha256 } });
    expect(Buffer.compare(Buffer.from(raw.bytes), Buffer.from(bytes))).toBe(0);
    const audit = await db().auditEntry.findMany({ where: { articleId: ids['c.txt']! } });
    expect(audit.map((a) => a.action)).toEqual(['publish']);
  });

  it('reports the same bytes or the same body as a duplicate and writes nothing', async () => {
    const before = await db().article.count();
    const { article, bytes } = FIXTURES[0]!;
    expect(await saveArticle(article, bytes, { actor: 'test' })).toEqual({ status: 'duplicate', id: ids['a.txt'], reason: 'same-file' });
    const rescraped = ingested({ file: 'a-again.txt', title: 'Another headline', paragraphs: article.paragraphs });
    expect(await saveArticle(rescraped.article, rescraped.bytes, { actor: 'test' })).toEqual({
      status: 'duplicate',
      id: ids['a.txt'],
      reason: 'same-body',
    });
    expect(await db().article.count()).toBe(before);
  });

  it('returns null for unknown and malformed ids', async () => {
    expect(await getArticle('zzzzzzzzzzzz')).toBeNull();
    expect(await getArticle("1' OR '1'='1")).toBeNull();
  });
});
