import { describe, expect, it } from 'vitest';
import { canonicalLanguage, translationInputSchema } from './schema';

describe('canonicalLanguage', () => {
  it('accepts BCP 47 tags in their canonical case and refuses anything else', () => {
    expect(canonicalLanguage(' FA-af ')).toBe('fa-AF');
    expect(canonicalLanguage('en')).toBe('en');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage('english')).toBeUndefined();
    expect(canonicalLanguage('e')).toBeUndefined();
    expect(canonicalLanguage('')).toBeUndefined();
  });
});

describe('translationInputSchema', () => {
  const base = { articleId: 'abcdefghjkmn', language: 'en', title: 'Title', paragraphs: ['One.'], note: null };
  it('cleans bidi overrides and blank notes, and normalises to NFC', () => {
    const parsed = translationInputSchema.parse({ ...base, title: ' \u202EVie\u0302\u0323t ', note: '  ' });
    expect(parsed).toMatchObject({ title: 'Việt', note: null });
  });
  it('refuses an empty translation, a blank title and unknown fields', () => {
    expect(translationInputSchema.safeParse({ ...base, paragraphs: [] }).success).toBe(false);
    expect(translationInputSchema.safeParse({ ...base, title: '   ' }).success).toBe(false);
    expect(translationInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(translationInputSchema.safeParse({ ...base, articleId: 'x' }).success).toBe(false);
  });
});
