import { describe, expect, it } from 'vitest';
import { highlight } from '../search/highlight';
import { formatPassage, overlayPassage, parsePassage, passageFits, passageHref, passageInParagraph, passageRuns } from './passage';
import { passageFromSelection } from './selection';

describe('parsePassage / formatPassage', () => {
  it('reads a paragraph, a range of paragraphs and a character range, and writes them back', () => {
    expect(parsePassage('3')).toEqual({ start: 3, end: 3, chars: null });
    expect(parsePassage('3-5')).toEqual({ start: 3, end: 5, chars: null });
    expect(parsePassage('3:120-185')).toEqual({ start: 3, end: 3, chars: { start: 120, end: 185 } });
    for (const value of ['3', '3-5', '3:120-185', '12:0-1']) expect(formatPassage(parsePassage(value)!)).toBe(value);
    expect(formatPassage(parsePassage('4-4')!)).toBe('4');
  });

  it('refuses shapes that make no sense instead of guessing', () => {
    for (const value of ['', '0', '5-3', '3:9-9', '3:10-2', 'p-3', '3-', '-3', '3:1', '1e3', '٣', '3,4', '99999999']) {
      expect(parsePassage(value), value).toBeNull();
    }
    expect(parsePassage(undefined)).toBeNull();
  });

  it('knows whether a passage exists in an article', () => {
    const paragraphs = ['abcdef', 'xy'];
    expect(passageFits(parsePassage('2')!, paragraphs)).toBe(true);
    expect(passageFits(parsePassage('1-3')!, paragraphs)).toBe(false);
    expect(passageFits(parsePassage('1:2-6')!, paragraphs)).toBe(true);
    expect(passageFits(parsePassage('1:2-7')!, paragraphs)).toBe(false);
  });
});

describe('passageHref', () => {
  it('keeps the search, drops every other parameter and ends on the paragraph anchor', () => {
    const href = passageHref('/ar/articles/abc/slug', '?q=%D8%A7%D9%84%D8%A3%D9%85%D9%86&passage=1&page=4', parsePassage('3:4-9')!);
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/ar/articles/abc/slug');
    expect(url.searchParams.get('passage')).toBe('3:4-9');
    expect(url.searchParams.get('q')).toBe('الأمن');
    expect([...url.searchParams.keys()].sort()).toEqual(['passage', 'q']);
    expect(url.hash).toBe('#p-3');
    expect(passageHref('/en/articles/abc', '', parsePassage('2-4')!)).toBe('/en/articles/abc?passage=2-4#p-2');
  });
});

describe('overlayPassage', () => {
  const text = 'Pakistan and the United States agreed';
  const segments = highlight(text, new Set(['united']));

  it('cuts search segments at the passage bounds without losing or reordering text', () => {
    const range = { start: 4, end: 22 };
    const out = overlayPassage(segments, range);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(
      out
        .filter((s) => s.inPassage)
        .map((s) => s.text)
        .join(''),
    ).toBe(text.slice(4, 22));
    // The searched word crosses the passage's end: its two halves both stay marked as a match.
    expect(out.filter((s) => s.match).map((s) => s.text)).toEqual(['Unite', 'd']);
    expect(passageRuns(out).map((run) => run.inPassage)).toEqual([false, true, false]);
  });

  it('marks nothing without a passage and everything for a whole paragraph', () => {
    expect(overlayPassage(segments, null).some((s) => s.inPassage)).toBe(false);
    const whole = passageInParagraph(parsePassage('2-3'), 3, text.length);
    expect(passageRuns(overlayPassage(segments, whole))).toHaveLength(1);
    expect(passageInParagraph(parsePassage('2-3'), 4, text.length)).toBeNull();
    expect(passageInParagraph(parsePassage('2:1-3'), 2, text.length)).toEqual({ start: 1, end: 3 });
  });

  it('works on right-to-left text the same way (offsets are logical, not visual)', () => {
    const dari = 'لوی درستیز اردوی پاکستان';
    const out = overlayPassage(highlight(dari, new Set()), { start: 4, end: 10 });
    expect(
      out
        .filter((s) => s.inPassage)
        .map((s) => s.text)
        .join(''),
    ).toBe('درستیز');
  });
});

describe('passageFromSelection', () => {
  const texts = ['  First paragraph here. ', 'Second one.', 'Third.'];
  const text = (n: number) => texts[n - 1]!;

  it('gives the selected characters, trimmed of spaces, in either selection direction', () => {
    expect(passageFromSelection({ paragraph: 1, offset: 8 }, { paragraph: 1, offset: 18 }, text)).toEqual({
      start: 1,
      end: 1,
      chars: { start: 8, end: 17 },
    });
    expect(passageFromSelection({ paragraph: 1, offset: 18 }, { paragraph: 1, offset: 7 }, text)).toEqual({
      start: 1,
      end: 1,
      chars: { start: 8, end: 17 },
    });
  });

  it('turns a whole paragraph or a selection across paragraphs into paragraph numbers', () => {
    expect(passageFromSelection({ paragraph: 1, offset: 0 }, { paragraph: 1, offset: 24 }, text)).toEqual({
      start: 1,
      end: 1,
      chars: null,
    });
    expect(passageFromSelection({ paragraph: 3, offset: 2 }, { paragraph: 2, offset: 4 }, text)).toEqual({ start: 2, end: 3, chars: null });
  });

  it('ignores an empty or blank selection', () => {
    expect(passageFromSelection({ paragraph: 2, offset: 3 }, { paragraph: 2, offset: 3 }, text)).toBeNull();
    expect(passageFromSelection({ paragraph: 1, offset: 0 }, { paragraph: 1, offset: 2 }, text)).toBeNull();
  });
});
