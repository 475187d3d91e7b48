import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, highlightTermsIn, snippet } from './highlight';
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
    expect(
      highlight(text, words('mỹ IS'))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
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
    const text = snippet([paragraph], words('pakistan'), 100)!
      .segments.map((s) => s.text)
      .join('');
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
    'Mỹ',
    'my',
    'MỸ',
    'Đà',
    'Nẵng',
    'da',
    'nang',
    'trade',
    'trader',
    'Pakistan',
    'Pakistani',
    'تروريزم',
    'تروریزم',
    'افغانستان',
    'أفغانستان',
    'كابل',
    'کابل',
    'می\u200Cخواهم',
    'میخواهم',
    'مـــیخواهم',
    '۱۴۰۲',
    '1402',
    '٢٠٢٤',
    '2024',
    'ﻻ',
    'لا',
    'e\u0301',
    'é',
    '\u200Ftext\u200E',
    'IS',
    'is',
  ];
  const paragraph = fc
    .array(fc.constantFrom(...vocabulary), { maxLength: 12 })
    .chain((ws) =>
      fc
        .array(fc.constantFrom(' ', ', ', ' – ', '\u00A0', '. ', '«', '»'), { minLength: ws.length, maxLength: ws.length })
        .map((gaps) => ws.map((w, i) => w + gaps[i]).join('')),
    );

  it('comes from the first paragraph that has a match, whatever the forms', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.subarray(vocabulary, { minLength: 1, maxLength: 3 }), (paragraphs, query) => {
        const searched = words(query.join(' '));
        const inDocument = highlightTermsIn(searched, paragraphs);
        const first = paragraphs.findIndex((p) => highlight(p, inDocument).some((s) => s.match));
        expect(snippet(paragraphs, searched)?.paragraph ?? -1).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
});

describe('phrases', () => {
  // The Vietnamese demo article behind the issue: khủng bố (terrorism) next to loại bỏ and khủng hoảng.
  const title = 'Mỹ tăng cường hợp tác chống khủng bố với Pakistan';
  const lead = 'Ngoại trưởng Mỹ khẳng định Mỹ cam kết thúc đẩy quan hệ an ninh với Pakistan nhằm loại bỏ các mối đe dọa.';
  const crisis = 'Hai bên bất đồng trong cuộc khủng hoảng ở Ukraine và chống khủng bố.';

  it('marks khủng bố as one phrase, and neither bỏ nor khủng elsewhere, typed with or without quotes', () => {
    for (const q of ['khung bo', '"khung bo"', 'khủng bố', 'KHUNG   BO']) {
      expect(marked(highlight(title, words(q)))).toEqual(['khủng bố']);
      expect(marked(highlight(crisis, words(q)))).toEqual(['khủng bố']);
    }
  });

  it('does not mark the lone words of a document where the words stand together', () => {
    const document = [lead, crisis];
    for (const q of ['khung bo', '"khung bo"']) {
      const terms = highlightTermsIn(words(q), [title, ...document]);
      expect(marked(highlight(lead, terms))).toEqual([]);
      expect(snippet(document, words(q))!.paragraph).toBe(1);
      expect(marked(snippet(document, words(q))!.segments)).toEqual(['khủng bố']);
    }
  });

  it('marks each typed word where the words never stand together', () => {
    expect(marked(highlight(lead, words('khung bo')))).toEqual(['bỏ']);
    expect(marked(snippet([lead], words('pakistan bo'))!.segments)).toEqual(['Pakistan', 'bỏ']);
  });

  it('never marks a quoted phrase word by word', () => {
    expect(marked(highlight(lead, words('"khung bo"')))).toEqual([]);
    expect(marked(highlight('khủng hoảng, bố mẹ', words('"khung bo"')))).toEqual([]);
  });

  it('marks the neighbours found, and a typed word never next to its neighbours wherever it is', () => {
    expect(marked(highlight(crisis, words('khung bo ukraine')))).toEqual(['Ukraine', 'khủng bố']);
    expect(marked(highlight(title, words('chong khung bo pakistan')))).toEqual(['chống khủng bố', 'Pakistan']);
  });

  it('marks phrases across punctuation as the search matches them, and across ZWNJ-joined Persian words', () => {
    expect(marked(highlight('cuộc chiến khủng, bố mẹ', words('"khung bo"')))).toEqual(['khủng, bố']);
    expect(marked(highlight('ما می\u200Cخواهیم صلح', words('"می خواهیم"')))).toEqual(['می\u200Cخواهیم']);
  });

  it('keeps OR alternatives and excluded words as they were', () => {
    expect(marked(highlight(crisis, words('hoang OR ukraine')))).toEqual(['hoảng', 'Ukraine']);
    expect(marked(highlight(crisis, words('khung -bo')))).toEqual(['khủng', 'khủng']);
  });

  // Texts built from a few words that fold alike, with the separators articles print.
  const vocabulary = ['khủng', 'bố', 'bỏ', 'hoảng', 'loại', 'Khủng', 'BỐ', 'bộ', 'an', 'ninh'];
  const text = fc
    .array(fc.constantFrom(...vocabulary), { maxLength: 14 })
    .chain((ws) =>
      fc
        .array(fc.constantFrom(' ', ', ', ' – ', '. ', ' “'), { minLength: ws.length, maxLength: ws.length })
        .map((gaps) => ws.map((w, i) => w + gaps[i]).join('')),
    );
  const query = fc.tuple(fc.subarray(['khung', 'bo', 'hoang', 'loai', 'an', 'ninh'], { minLength: 1, maxLength: 3 }), fc.boolean());
  const keys = (s: string) => s.match(/\p{L}+/gu)!.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

  it('keeps every text whole and marks only what was searched', () => {
    fc.assert(
      fc.property(text, query, (t, [ws, quoted]) => {
        const q = quoted ? `"${ws.join(' ')}"` : ws.join(' ');
        const segments = highlight(t, words(q));
        expect(segments.map((s) => s.text).join('')).toBe(t);
        for (const s of segments.filter((s) => s.match)) {
          const found = keys(s.text);
          // A quoted phrase is marked whole; typed words are marked alone or as neighbours in the order typed.
          if (quoted && ws.length > 1) expect(found).toEqual(ws);
          else if (found.length > 1) expect(ws.join(' ')).toContain(found.join(' '));
          else expect(ws).toContain(found[0]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('marks a typed word alone only in a text where it never stands next to its neighbour', () => {
    fc.assert(
      fc.property(text, (t) => {
        const segments = highlight(t, words('khung bo'));
        const phrases = segments.filter((s) => s.match && keys(s.text).length > 1).length;
        const alone = segments.filter((s) => s.match && keys(s.text).length === 1).length;
        const tokens = keys(t || 'x');
        const together = tokens.some((w, i) => w === 'khung' && tokens[i + 1] === 'bo');
        expect(phrases > 0).toBe(together);
        if (together) expect(alone).toBe(0);
        else expect(alone).toBe(tokens.filter((w) => w === 'khung' || w === 'bo').length);
      }),
      { numRuns: 1000 },
    );
  });
});
