import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUpload, publishUpload } from '../../lib/articles/publish';
import { db } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('a file with only a headline', () => {
  const bytes = new TextEncoder().encode('Ceasefire talks\n');

  it('is previewed, its only paragraph being the headline', async () => {
    const preview = await previewUpload('headline.txt', bytes);
    expect(preview.status).toBe('ready');
    if (preview.status === 'ready')
      expect(preview.view).toMatchObject({ title: 'Ceasefire talks', paragraphs: ['Ceasefire talks'], language: 'und' });
  });

  it('is refused at publish with a sentence, even with a language chosen, and nothing is stored', async () => {
    const answer = await publishUpload('headline.txt', bytes, { language: 'en' }, 'admin@example.org');
    expect(answer).toMatchObject({ status: 'refused', reason: 'no-body', error: expect.stringMatching(/no body text/) });
    expect(await db().article.count()).toBe(0);
    expect(await db().rawFile.count()).toBe(0);
  });
});
