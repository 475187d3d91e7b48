import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facetCounts } from '../../lib/articles/facet-counts';
import { parseFilters, type ArticleFilters } from '../../lib/articles/filters';
import { listArticles, rankedOrderCacheHits } from '../../lib/articles/list';
import { inSample, PROBE_BUCKETS } from '../../lib/articles/search-sample';
import type { FacetValue } from '../../lib/articles/types';
import { canonical } from '../helpers/canonical-counts';
import { insertGeneratedArticles } from '../helpers/generated-articles';
import { createTestDatabaseWithClient, type TestDatabase } from '../helpers/test-database';

// Small numbers, so that a test collection of 3,000 articles has searches on both sides of them.
const SAMPLING = { exactUpTo: 100, target: 150 };
const ARTICLES = 3_000;

let database: TestDatabase;
let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ database, client, close } = await createTestDatabaseWithClient());
  await insertGeneratedArticles(database.url, 11, ARTICLES);
}, 120_000);
afterAll(() => close());

const filtersOf = (query: string): ArticleFilters => {
  const { filters, ignored } = parseFilters(new URLSearchParams(query));
  expect(ignored).toEqual([]);
  return filters;
};

const list = (query: string) => listArticles(filtersOf(query), { sampling: SAMPLING });

/** The matches of a word, counted by the database directly. */
async function matches(word: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM article WHERE search_folded @@ to_tsquery('simple', $1)`,
    [word],
  );
  return rows[0]!.n;
}

const within = (estimate: number, exact: number, share: number) => Math.abs(estimate - exact) <= share * exact;

describe('a search matching much of the collection', () => {
  it('is counted from a sample, says so, and comes close to the exact counts', async () => {
    const exactTotal = await matches('trade');
    expect(exactTotal).toBeGreaterThan(400);
    const estimated = await list('q=trade');
    const exact = await list('q=trade&count=exact');

    expect(exact.approximate).toBe(false);
    expect(exact.total).toBe(exactTotal);
    expect(estimated.approximate).toBe(true);
    // Relevance order pages through its ranked matches, a known number.
    expect(estimated.pageCountEstimated).toBe(false);
    expect(estimated.total).not.toBe(exactTotal);
    // ±25 % is more than three standard errors of a 150-match sample; the sample is fixed by the
    // ids, so this holds or fails the same way on every run.
    expect(within(estimated.total, exact.total, 0.25)).toBe(true);

    // Every value the sample saw exists, and the largest values are estimated within the same bounds.
    const exactOf = (values: FacetValue[]) => new Map(values.map((v) => [v.value, v.count]));
    for (const facet of ['pairs', 'languages', 'countries', 'sources'] as const) {
      const truth = exactOf(exact.facets[facet]);
      for (const { value } of estimated.facets[facet]) expect(truth.has(value)).toBe(true);
    }
    const topPair = exact.facets.pairs[0]!;
    const estimatedTopPair = estimated.facets.pairs.find((p) => p.value === topPair.value)!;
    expect(within(estimatedTopPair.count, topPair.count, 0.5)).toBe(true);
    // The same page of articles either way: only the counting differs.
    expect(estimated.items.map((i) => i.id)).toEqual(exact.items.map((i) => i.id));
  });

  it('estimates the same numbers every time (the sample is fixed by the ids)', async () => {
    const first = await facetCounts(filtersOf('q=trade&lang=en'), 'auto', SAMPLING);
    const again = await facetCounts(filtersOf('q=trade&lang=en'), 'auto', SAMPLING);
    expect(first.approximate).toBe(true);
    expect(again).toEqual(first);
  });

  it('is counted exactly when a filter leaves too few of its matches in the sample to estimate from', async () => {
    const { rows } = await client.query<{ source: string }>(
      `SELECT source FROM article WHERE search_folded @@ to_tsquery('simple', 'trade') AND source IS NOT NULL
        GROUP BY source ORDER BY count(*), source LIMIT 1`,
    );
    const narrow = filtersOf(`q=trade&source=${encodeURIComponent(rows[0]!.source)}`);
    const counted = await facetCounts(narrow, 'auto', SAMPLING);
    expect(counted.approximate).toBe(false);
    expect(counted.total).toBeGreaterThan(0);
    expect(canonical(counted)).toEqual(canonical(await facetCounts(narrow, 'table')));
    // The listing agrees with its page: never "no articles" above a page of them.
    const listing = await list(`q=trade&source=${encodeURIComponent(rows[0]!.source)}`);
    expect(listing.total).toBeGreaterThanOrEqual(listing.items.length);
  });

  it('is counted exactly when asked, equal to the counts from the articles themselves', async () => {
    const filters = filtersOf('q=trade&count=exact&pair=PK-US');
    const counted = await facetCounts(filters, 'auto', SAMPLING);
    const fromTable = await facetCounts(filters, 'table');
    expect(counted.approximate).toBe(false);
    expect(canonical(counted)).toEqual(canonical(fromTable));
  });

  it('pages in date order to its last match although its total is an estimate', async () => {
    const seen: string[] = [];
    let query = 'q=trade&sort=date';
    for (let page = 1; page < 100; page++) {
      const listing = await list(query);
      expect(listing.approximate).toBe(true);
      expect(listing.pageCountEstimated).toBe(true);
      seen.push(...listing.items.map((i) => i.id));
      if (!listing.morePages) break;
      const next = new URLSearchParams(query);
      next.set('page', String(page + 1));
      const last = listing.cursors.last!;
      next.set('after', `${last.date ?? 'none'}_${last.createdAt}_${last.id}`);
      query = next.toString();
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await matches('trade'));
  });
});

describe('the newest matches, ranked by relevance', () => {
  it('are the same whether read all through the search index or by walking the date index', async () => {
    const candidates = 50;
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM article WHERE status = 'published' AND search_folded @@ to_tsquery('simple', 'trade')
        ORDER BY coalesce(published_at, '-infinity'::date) DESC, created_at DESC, id DESC LIMIT ${candidates}`,
    );
    const newest = rows.map((r) => r.id).sort();
    const ranked = async (newestBy: 'reading' | 'walking') => {
      // A write that changes nothing still moves the corpus version: the ranking is read again, not kept.
      await client.query('UPDATE facet_count SET count = count WHERE false');
      const hits = rankedOrderCacheHits();
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(candidates / 20); page++) {
        const listing = await listArticles(filtersOf(`q=trade&page=${page}`), {
          rankedCandidates: candidates,
          sampling: SAMPLING,
          newestBy,
        });
        ids.push(...listing.items.map((i) => i.id));
      }
      expect(rankedOrderCacheHits() - hits).toBe(Math.ceil(candidates / 20) - 1);
      return ids;
    };
    const readAll = await ranked('reading');
    const walked = await ranked('walking');
    expect(readAll).toEqual(walked);
    expect([...readAll].sort()).toEqual(newest);
  });
});

describe('a search matching few articles', () => {
  it('is counted exactly, with no estimate', async () => {
    const rareFilters = filtersOf('q=zeppelin');
    const counted = await facetCounts(rareFilters, 'auto', SAMPLING);
    expect(counted.approximate).toBe(false);
    expect(canonical(counted)).toEqual(canonical(await facetCounts(rareFilters, 'table')));
  });
});

describe('the sample', () => {
  it('is read through the search index, not filtered from every match', async () => {
    // The probe's condition must be the index's own expression; were it not, PostgreSQL would read
    // every match of the word and test each against the sample, and nothing would be saved.
    const condition = inSample(PROBE_BUCKETS);
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT count(*) FROM article WHERE search_folded @@ to_tsquery('simple', 'trade') AND ${condition.text}`,
        condition.values,
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(new RegExp(`Index Cond: .*search_folded @@ .*hashtext\\(id\\) & 1023\\) < ${PROBE_BUCKETS}\\b`));
      expect(plan).not.toMatch(/Filter: .*hashtext/);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
