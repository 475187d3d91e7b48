import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../lib/articles/seed';
import { db } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/articles');

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.drop();
});

describe('seedIfEmpty', () => {
  it('ingests the corpus files into an empty database, once', async () => {
    const report = await seedIfEmpty(CORPUS);
    expect(report).toMatchObject({ source: 'corpus', stored: fs.readdirSync(CORPUS).length, skipped: [] });
    const articles = await db().article.findMany({ include: { rawFile: true } });
    expect(articles.every((a) => !a.synthetic)).toBe(true);
    for (const article of articles) {
      const original = fs.readFileSync(path.join(CORPUS, article.rawFile!.fileName));
      expect(Buffer.compare(Buffer.from(article.rawFile!.bytes), original)).toBe(0);
    }
    expect(await seedIfEmpty(CORPUS)).toMatchObject({ source: 'none', stored: 0 });
    expect(await db().article.count()).toBe(articles.length);
  });

  it('loads a synthetic multilingual set, marked as such, when the corpus folder is missing', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-corpus-folder');
    const report = await seedIfEmpty(missing);
    expect(report.source).toBe('synthetic');
    expect(report.stored).toBeGreaterThanOrEqual(20);
    const articles = await db().article.findMany();
    expect(articles.every((a) => a.synthetic)).toBe(true);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['en', 'vi', 'ar', 'fa-AF', 'fa-IR']));
    expect(new Set(articles.map((a) => a.pairKey)).size).toBeGreaterThanOrEqual(5);
    expect(articles.some((a) => a.publishedAt === null)).toBe(true);
    expect(articles.filter((a) => a.publishedAt !== null).length).toBeGreaterThan(articles.length / 2);
  });
});
