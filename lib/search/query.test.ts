import { describe, expect, it } from 'vitest';
import { highlightWords, isEmptyQuery, parseQuery, toTsQuery } from './query';

describe('parseQuery', () => {
  it('ANDs words', () => {
    expect(toTsQuery(parseQuery('Pakistan  Mỹ'), 'folded')).toBe("'pakistan' & 'my'");
    expect(toTsQuery(parseQuery('Pakistan Mỹ'), 'exact')).toBe("'pakistan' & 'mỹ'");
  });

  it('keeps quoted phrases together, even an unclosed quote', () => {
    expect(toTsQuery(parseQuery('"chống khủng bố" Pakistan'), 'folded')).toBe("('chong' <-> 'khung' <-> 'bo') & 'pakistan'");
    expect(toTsQuery(parseQuery('"ایالات متحده'), 'folded')).toBe("('ایالات' <-> 'متحده')");
  });

  it('excludes -word and -"phrase"', () => {
    expect(toTsQuery(parseQuery('طالبان -افغانستان -"ایالات متحده"'), 'folded')).toBe("'طالبان' & !'افغانستان' & !('ایالات' <-> 'متحده')");
  });

  it('reads OR between two terms as alternatives', () => {
    expect(toTsQuery(parseQuery('Iran OR Pakistan security'), 'folded')).toBe("('iran' | 'pakistan') & 'security'");
    expect(toTsQuery(parseQuery('a OR b OR "c d"'), 'folded')).toBe("('a' | 'b' | ('c' <-> 'd'))");
  });

  it('treats a lone or leading OR, and lower-case or, as a word', () => {
    expect(toTsQuery(parseQuery('OR Iran'), 'folded')).toBe("'iran'");
    expect(toTsQuery(parseQuery('Iran or Pakistan'), 'folded')).toBe("'iran' & 'or' & 'pakistan'");
  });

  it('folds letter variants and digits the same way as the index', () => {
    expect(toTsQuery(parseQuery('كيف ١٤٠٣'), 'folded')).toBe("'کیف' & '1403'");
  });

  it('cannot be used to inject tsquery syntax', () => {
    const q = toTsQuery(parseQuery("x' | 'y & !(z) <-> :*"), 'folded');
    expect(q).toBe("'x' & 'y' & 'z'");
  });

  it('knows a query with nothing to look for', () => {
    expect(isEmptyQuery(parseQuery('  "" - OR ---'))).toBe(true);
    expect(isEmptyQuery(parseQuery('-taliban'))).toBe(true);
    expect(isEmptyQuery(parseQuery('taliban'))).toBe(false);
  });

  it('lists the words to highlight, without excluded ones', () => {
    expect([...highlightWords(parseQuery('"Hoa Kỳ" -Nga Pakistan'))]).toEqual(['hoa', 'ky', 'pakistan']);
  });
});
