import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';
import { highlightWords, parseQuery } from './query';

const words = (q: string) => highlightWords(parseQuery(q));
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('highlight', () => {
  it('marks words whose folded form was searched, as printed', () => {
    expect(marked(highlight('Mỹ tăng cường hợp tác với Pakistan.', words('my pakistan')))).toEqual(['Mỹ', 'Pakistan']);
    expect(marked(highlight('در مبارزه با تروريزم در افغانستان', words('تروریزم أفغانستان')))).toEqual(['تروريزم', 'افغانستان']);
  });

  it('keeps the text whole', () => {
    const text = 'Nga – Mỹ bất ngờ “kề vai sát cánh” chống IS';
    expect(highlight(text, words('mỹ IS')).map((s) => s.text).join('')).toBe(text);
  });

  it('does not mark part of a word', () => {
    expect(marked(highlight('Pakistani officials', words('pakistan')))).toEqual([]);
  });
});

describe('snippet', () => {
  it('comes from the first paragraph with a match and says where it was cut', () => {
    const paragraphs = ['Nothing here.', `${'x '.repeat(200)}Pakistan ${'y '.repeat(200)}`];
    const result = snippet(paragraphs, words('pakistan'), 100)!;
    expect(result.paragraph).toBe(1);
    expect(marked(result.segments)).toEqual(['Pakistan']);
    expect(result.cutStart && result.cutEnd).toBe(true);
    expect(result.segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(100 + 'Pakistan'.length);
  });

  it('cuts between words', () => {
    const paragraph = `${'alpha beta gamma '.repeat(20)}Pakistan ${'delta epsilon '.repeat(20)}`;
    const text = snippet([paragraph], words('pakistan'), 100)!.segments.map((s) => s.text).join('');
    expect(text.split(' ').every((word) => ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'Pakistan', ''].includes(word))).toBe(true);
  });

  it('is null without a match', () => {
    expect(snippet(['a b c'], words('pakistan'))).toBeNull();
  });
});

describe('snippet', () => {
  // Words in the forms readers type and texts print differently: the snippet's quick check of a
  // paragraph must never pass over one the word-by-word comparison would match.
  const vocabulary = [
    'Mỹ', 'my', 'MỸ', 'Đà', 'Nẵng', 'da', 'nang', 'trade', 'trader', 'Pakistan', 'Pakistani', 'تروريزم', 'تروریزم',
    'افغانستان', 'أفغانستان', 'كابل', 'کابل', 'می\u200Cخواهم', 'میخواهم', 'مـــیخواهم', '۱۴۰۲', '1402', '٢٠٢٤', '2024',
    'ﻻ', 'لا', 'e\u0301', 'é', '\u200Ftext\u200E', 'IS', 'is',
  ];
  const paragraph = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', ', ', ' – ', '\u00A0', '. ', '«', '»'), { minLength: ws.length, maxLength: ws.length }).map((gaps) =>
      ws.map((w, i) => w + gaps[i]).join(''),
    ),
  );

  it('comes from the first paragraph that has a match, whatever the forms', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.subarray(vocabulary, { minLength: 1, maxLength: 3 }), (paragraphs, query) => {
        const searched = words(query.join(' '));
        const first = paragraphs.findIndex((p) => highlight(p, searched).some((s) => s.match));
        expect(snippet(paragraphs, searched)?.paragraph ?? -1).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
});
