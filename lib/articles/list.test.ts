import { describe, expect, it } from 'vitest';
import { newestMatchesBy, RANKED_CANDIDATES } from './list';

describe('finding the newest matches to rank', () => {
  const by = (matches: number, articles: number) => newestMatchesBy({ matches, articles }, RANKED_CANDIDATES);

  it('reads every match of a word in a few percent of the articles, and walks the dates for a common one', () => {
    // "glaciers" and "trade" at a million articles.
    expect(by(25_000, 1_000_000)).toBe('reading');
    expect(by(278_000, 1_000_000)).toBe('walking');
    // The same share of a smaller collection costs the walk the same, and reading less.
    expect(by(2_500, 100_000)).toBe('reading');
    expect(by(27_800, 100_000)).toBe('walking');
    // Where the two cost the same.
    expect(by(78_000, 1_000_000)).toBe('reading');
    expect(by(80_000, 1_000_000)).toBe('walking');
  });

  it('always reads a search with no match in the probe, even when the article count is unknown', () => {
    expect(by(0, 1_000_000)).toBe('reading');
    expect(by(0, 0)).toBe('reading');
  });
});
