import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relatedCoverage, relatedWindowDays } from '../../lib/articles/related';
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

beforeAll(async () => {
  database = await createTestDatabase();
  for (const { article, bytes } of FIXTURES) {
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
    expect(related.groups.map((g) => g.language)).toEqual(['vi', 'fa-AF']);
    expect(titles(related.groups[0]!.items)).toEqual(['vi-minus-14.txt', 'vi-plus-10.txt']);
    expect(related.groups[0]!.items.map((item) => item.publishedAt)).toEqual(['2024-06-21', '2024-07-15']);
    expect(titles(related.groups[1]!.items)).toEqual(['dari-same-day.txt']);
    expect(titles(related.undated)).toEqual(['undated.txt']);
    expect(related.truncated).toBe(false);
  });

  it('follows the window: 15 days reaches one more, 0 days keeps the same day only', async () => {
    const wider = await relatedCoverage(centre(), 15);
    expect(wider.groups.flatMap((g) => titles(g.items)).sort()).toEqual(['dari-same-day.txt', 'en-plus-15.txt', 'vi-minus-14.txt', 'vi-plus-10.txt']);
    const sameDay = await relatedCoverage(centre(), 0);
    expect(sameDay.groups.flatMap((g) => titles(g.items))).toEqual(['dari-same-day.txt']);
  });

  it('gives an undated article only the undated others, and an article without a pair nothing', async () => {
    const undated = await relatedCoverage({ id: ids['undated.txt']!, countryPair: ['PK', 'US'], publishedAt: null }, 14);
    expect(undated.groups).toEqual([]);
    expect(undated.undated).toEqual([]);
    const noPair = await relatedCoverage({ id: ids['no-pair.txt']!, countryPair: null, publishedAt: '2024-07-05' }, 14);
    expect(noPair).toEqual({ windowDays: 14, groups: [], truncated: false, undated: [] });
  });
});

describe('relatedWindowDays', () => {
  it('reads whole days from the environment and falls back to 14 on anything else', () => {
    expect(relatedWindowDays(undefined)).toBe(14);
    expect(relatedWindowDays('30')).toBe(30);
    expect(relatedWindowDays('0')).toBe(0);
    for (const bad of ['', '-3', '2.5', 'two', '99999']) expect(relatedWindowDays(bad), bad).toBe(14);
  });
});
