import { describe, expect, it } from 'vitest';
import { newestMatchesBy, RANKED_CANDIDATES, snippetTranslation } from './list';

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

describe("the translation a result's snippet comes from", () => {
  it("is the reader's when it matched, even when the original matched too", () => {
    expect(snippetTranslation({ original_match: true, translation_matches: ['ar', 'en'] }, 'en')).toBe('en');
    expect(snippetTranslation({ original_match: false, translation_matches: ['ar', 'fa'] }, 'fa-AF')).toBe('fa');
  });

  it('is the first that matched when the original did not and the reader has none', () => {
    expect(snippetTranslation({ original_match: false, translation_matches: ['ar', 'en'] }, 'vi')).toBe('ar');
    expect(snippetTranslation({ original_match: false, translation_matches: ['en'] }, null)).toBe('en');
  });

  it('is none when the original matched and the reader has no matching translation', () => {
    expect(snippetTranslation({ original_match: true, translation_matches: ['ar'] }, 'vi')).toBeNull();
    expect(snippetTranslation({ original_match: true, translation_matches: [] }, 'en')).toBeNull();
    expect(snippetTranslation({ original_match: true, translation_matches: ['ar'] }, null)).toBeNull();
  });
});
