import { describe, expect, it } from 'vitest';
import { ARTICLE_ID_PATTERN, ARTICLE_ID_SOURCE, isArticleId, newArticleId, newRawFileId, parseArticleId } from './ids';

describe('article ids', () => {
  it('are made in the shape they are recognised by', () => {
    for (let i = 0; i < 200; i++) expect(newArticleId()).toMatch(ARTICLE_ID_PATTERN);
    expect(newRawFileId()).toMatch(new RegExp(`^f${ARTICLE_ID_SOURCE}$`));
  });

  it('are twelve lower-case Crockford base32 characters', () => {
    expect(isArticleId('0123456789ab')).toBe(true);
    expect(isArticleId('cdefghjkmnpq')).toBe(true);
    expect(isArticleId('rstvwxyz0000')).toBe(true);
  });

  it('never hold the letters Crockford leaves out, capitals or other lengths', () => {
    for (const letter of ['i', 'l', 'o', 'u']) expect(isArticleId(`${letter}00000000000`)).toBe(false);
    expect(isArticleId('ABCDEFGHJKMN')).toBe(false);
    expect(isArticleId('0123456789a')).toBe(false);
    expect(isArticleId('0123456789abc')).toBe(false);
    expect(isArticleId('0123456789a\n')).toBe(false);
    expect(isArticleId('')).toBe(false);
  });

  it('parse from anything a request carries', () => {
    expect(parseArticleId('0123456789ab')).toBe('0123456789ab');
    expect(parseArticleId(' 0123456789ab')).toBeNull();
    expect(parseArticleId(['0123456789ab'])).toBeNull();
    expect(parseArticleId(undefined)).toBeNull();
    expect(parseArticleId(null)).toBeNull();
  });
});
