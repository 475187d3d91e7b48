import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticles } from '../../lib/articles/list';
import { RELATED_PER_LANGUAGE, relatedCoverage } from '../../lib/articles/related';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const ids: Record<string, string> = {};

const day = (publishedAt: string) => ({ publishedAt, datePrecision: 'day' as const });
const FIXTURES = [
  ingested({ file: 'centre.txt', language: 'ar', direction: 'rtl', countryPair: ['PK', 'US'], ...day('2024-07-05') }),
  ingested({ file: 'dari-same-day.txt', language: 'fa-AF', direction: 'rtl', countryPair: ['PK', 'US'], ...day('2024-07-05') }),
  ingested({ file: 'vi-minus-14.txt', language: 'vi', countryPair: ['PK', 'US'], ...day('2024-06-21') }),
  ingested({ file: 'vi-plus-10.txt', language: 'vi', countryPair: ['PK', 'US'], ...day('2024-07-15') }),
  ingested({ file: 'en-plus-15.txt', language: 'en', countryPair: ['PK', 'US'], ...day('2024-07-20') }),
  ingested({ file: 'other-pair.txt', language: 'en', countryPair: ['IR', 'PK'], ...day('2024-07-06') }),
  ingested({ file: 'undated.txt', language: 'vi', countryPair: ['PK', 'US'], dateText: 'ngày 13/1' }),
  ingested({ file: 'withdrawn.txt', language: 'en', countryPair: ['PK', 'US'], ...day('2024-07-04') }),
  ingested({ file: 'no-pair.txt', language: 'en', countryPair: null, ...day('2024-07-05') }),
];
// A busy month on another pair: seven English articles around 2023-03-10, and seven undated.
const BUSY = ['2023-03-10', '2023-03-11', '2023-03-09', '2023-03-13', '2023-03-06', '2023-03-15', '2023-02-28', '2023-03-22'].map(
  (date, i) => ingested({ file: `busy-${i}-${date}.txt`, language: 'en', countryPair: ['IN', 'US'], ...day(date) }),
);
const BUSY_UNDATED = Array.from({ length: 7 }, (_, i) =>
  ingested({ file: `busy-undated-${i}.txt`, language: 'en', countryPair: ['IN', 'US'] }),
);

beforeAll(async () => {
  database = await createTestDatabase();
  for (const { article, bytes } of [...FIXTURES, ...BUSY, ...BUSY_UNDATED]) {
    const result = await saveArticle(article, bytes, { actor: 'test' });
    ids[article.file] = result.id;
  }
  await db().article.update({ where: { id: ids['withdrawn.txt']! }, data: { status: 'unpublished' } });
});
afterAll(async () => {
  await database.drop();
});

const titles = (items: { title: string }[]) => items.map((item) => item.title);
const centre = () => ({ id: ids['centre.txt']!, countryPair: ['PK', 'US'] as [string, string], publishedAt: '2024-07-05' });

describe('relatedCoverage', () => {
  it('lists other published articles on the pair within ±14 days by language, bounds included, undated apart', async () => {
    const related = await relatedCoverage(centre(), 14);
    expect(related.windowDays).toBe(14);
    expect(related.groups.map((g) => [g.language, g.total])).toEqual([
      ['vi', 2],
      ['fa-AF', 1],
    ]);
    expect(titles(related.groups[0]!.items)).toEqual(['vi-minus-14.txt', 'vi-plus-10.txt']);
    expect(related.groups[0]!.items.map((item) => item.publishedAt)).toEqual(['2024-06-21', '2024-07-15']);
    expect(titles(related.groups[1]!.items)).toEqual(['dari-same-day.txt']);
    expect(titles(related.undated.items)).toEqual(['undated.txt']);
    expect(related.undated.total).toBe(1);
  });

  it('follows the window: 15 days reaches one more, 0 days keeps the same day only', async () => {
    const wider = await relatedCoverage(centre(), 15);
    expect(wider.groups.flatMap((g) => titles(g.items)).sort()).toEqual([
      'dari-same-day.txt',
      'en-plus-15.txt',
      'vi-minus-14.txt',
      'vi-plus-10.txt',
    ]);
    const sameDay = await relatedCoverage(centre(), 0);
    expect(sameDay.groups.flatMap((g) => titles(g.items))).toEqual(['dari-same-day.txt']);
  });

  it(`lists the ${RELATED_PER_LANGUAGE} closest in date of a busy language, counts them all and links to all of them`, async () => {
    const centreFile = BUSY[0]!.article.file;
    const related = await relatedCoverage({ id: ids[centreFile]!, countryPair: ['US', 'IN'], publishedAt: '2023-03-10' }, 14);
    const [english] = related.groups;
    // 2023-02-28 is 10 days away, 2023-03-22 is 12: both in the window, neither among the five closest.
    expect(english!.total).toBe(7);
    expect(english!.items.map((item) => item.publishedAt)).toEqual(['2023-03-06', '2023-03-09', '2023-03-11', '2023-03-13', '2023-03-15']);
    expect(english!.view).toMatchObject({ pairs: ['IN-US'], languages: ['en'], from: '2023-02-24', to: '2023-03-24', undated: false });
    // The link's view holds exactly the counted articles, this one included.
    expect((await listArticles(english!.view)).total).toBe(8);
    expect(related.undated.total).toBe(7);
    expect(related.undated.items).toHaveLength(RELATED_PER_LANGUAGE);
    expect(related.undated.view).toMatchObject({ pairs: ['IN-US'], undated: true });
    expect((await listArticles(related.undated.view)).total).toBe(7);
  });

  it('gives an undated article only the undated others, and an article without a pair nothing', async () => {
    const undated = await relatedCoverage({ id: ids['undated.txt']!, countryPair: ['PK', 'US'], publishedAt: null }, 14);
    expect(undated.groups).toEqual([]);
    expect(undated.undated.items).toEqual([]);
    expect(undated.undated.total).toBe(0);
    const noPair = await relatedCoverage({ id: ids['no-pair.txt']!, countryPair: null, publishedAt: '2024-07-05' }, 14);
    expect(noPair.groups).toEqual([]);
    expect(noPair.undated.total).toBe(0);
  });
});
