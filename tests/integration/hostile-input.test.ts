import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApiFilters } from '../../lib/articles/api-filters';
import { metadataFromForm, metadataSchema, updateArticleMetadata } from '../../lib/articles/edit';
import { exportArticles } from '../../lib/articles/export';
import { parseFilters } from '../../lib/articles/filters';
import { getArticle } from '../../lib/articles/get';
import { listArticles } from '../../lib/articles/list';
import { saveArticle } from '../../lib/articles/save';
import { db } from '../../lib/db/client';
import { isEmptyQuery, parseQuery } from '../../lib/search/query';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// Injection strings through every parameter the reading room and the machine endpoints read,
// against a real PostgreSQL: each is refused or treated as plain data, and nothing changes.

const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE article; --",
  '"; DROP TABLE raw_file; --',
  "1' UNION SELECT password_hash, null FROM admin_user --",
  "') OR ('a'='a",
  '1; SELECT pg_sleep(5)',
  "%' OR '%'='",
  "\\'; TRUNCATE audit_entry; --",
  '$1',
  "& | ! ( ) :* <-> '",
  'a\u0000b',
  'x'.repeat(5000),
];
const PARAMETERS = ['q', 'pair', 'lang', 'country', 'source', 'from', 'to', 'undated', 'sort', 'page', 'after', 'before'];
// A source name full of SQL: stored and found exactly as written.
const QUOTED_SOURCE = 'O\'Brien\'s "Desk"; DROP TABLE article; --';

let database: TestDatabase;
let quotedId = '';

async function snapshot() {
  const [articles, rawFiles, audit, admins] = await Promise.all([
    db().article.findMany({ select: { id: true, title: true, source: true, status: true }, orderBy: { id: 'asc' } }),
    db().rawFile.count(),
    db().auditEntry.count(),
    db().adminUser.count(),
  ]);
  return { articles, rawFiles, audit, admins };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const fixtures = [
    ingested({
      file: 'a.txt',
      title: 'Pakistan and the United States talk security',
      countryPair: ['PK', 'US'],
      source: 'Dawn',
      paragraphs: ['Officials met in Islamabad.'],
    }),
    ingested({
      file: 'b.txt',
      title: 'Iran and Pakistan sign a border deal',
      countryPair: ['IR', 'PK'],
      source: 'IRNA',
      publishedAt: '2024-07-05',
      datePrecision: 'day',
      paragraphs: ['The deal covers patrols.'],
    }),
    ingested({
      file: 'c.txt',
      title: 'A desk with a difficult name',
      countryPair: ['RU', 'US'],
      source: QUOTED_SOURCE,
      paragraphs: ['Quotes in names are data.'],
    }),
  ];
  for (const { article, bytes } of fixtures) {
    const saved = await saveArticle(article, bytes, { actor: 'test' });
    if (article.source === QUOTED_SOURCE) quotedId = saved.id;
  }
});
afterAll(async () => {
  await database.drop();
});

describe('hostile query parameters', () => {
  it('are refused or read as data by the reading room, the JSON/CSV/Atom queries and the strict API parser, and change nothing', async () => {
    const before = await snapshot();
    for (const value of INJECTIONS) {
      for (const name of PARAMETERS) {
        const params = new URLSearchParams([[name, value]]);
        const { filters } = parseFilters(params);
        const listing = await listArticles(filters);
        // Free text (a search or a source name) is data: it matches nothing here, never everything;
        // a search with no words left after parsing is no search. Other parameters are dropped.
        const freeText =
          (name === 'source' && value.length <= 200 && !value.includes('\u0000')) ||
          (name === 'q' && value.length <= 300 && !isEmptyQuery(parseQuery(value)));
        expect(listing.total, `${name}=${value.slice(0, 40)}`).toBe(freeText ? 0 : 3);
        expect(await exportArticles(filters, 50)).toHaveLength(listing.total);
        const strict = parseApiFilters(params);
        if ('error' in strict) expect(strict.error).toMatch(/^(Invalid value|Invalid parameter)/);
        else expect(['q', 'source']).toContain(name);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a source name made of SQL is stored as written and found exactly', async () => {
    const listing = await listArticles(parseFilters(new URLSearchParams([['source', QUOTED_SOURCE]])).filters);
    expect(listing.items.map((item) => item.id)).toEqual([quotedId]);
    expect(listing.facets.sources).toEqual(expect.arrayContaining([{ value: QUOTED_SOURCE, count: 1 }]));
  });

  it('hostile article ids find nothing', async () => {
    for (const value of INJECTIONS) expect(await getArticle(value)).toBeNull();
  });
});

describe('hostile metadata corrections', () => {
  it('are stored as text; NUL and other control characters are refused with the field named', async () => {
    const before = await snapshot();
    const refused = metadataSchema.safeParse(metadataFromForm(new Map([['source', 'Dawn\u0000; DROP TABLE article']])));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path[0])).toEqual(['source']);
    expect(await snapshot()).toEqual(before);

    const patch = metadataSchema.parse(metadataFromForm(new Map([['author', "Robert'); DROP TABLE article; --"]])));
    expect(await updateArticleMetadata(quotedId, patch, 'test')).toMatchObject({ status: 'updated' });
    const after = await snapshot();
    expect(after.articles).toHaveLength(before.articles.length);
    expect((await getArticle(quotedId))?.author).toBe("Robert'); DROP TABLE article; --");
  });
});
