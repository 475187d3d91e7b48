import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestBatch, ingestFile } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

/** Text built from pieces that exercise the parsers: dates, names, captions, furniture, controls. */
const articleLike = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'جمعه ۱۵ سرطان ۱۴۰۳ کابل ۰۶:۲۴',
        'الثلاثاء 17/سبتمبر/2024 - 03:34 م',
        'ngày 13/1',
        '(14/10)',
        'Tin liên quan',
        'XS',
        'VOV.VN - ',
        'Theo_VnMedia',
        'Ảnh: AP',
        'Mỹ',
        'Nga',
        'باكستان',
        'امریکا',
        '\u202E',
        '\u200C',
        '\r\n',
        '\n',
        '31 حوت 1403',
        'Hôm qua',
        '12:00 25/12/2024',
        'محمد شعت',
        'By Jane Doe',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

describe('ingestFile properties', () => {
  it('never throws on arbitrary bytes and is deterministic', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const a = ingestFile(bytes, 'random.bin');
        const b = ingestFile(bytes.slice(), 'random.bin');
        expect(b).toEqual(a);
        expect(typeof a.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on article-like text, is deterministic, and keeps its invariants', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const a = ingestFile(enc(text), 'article.txt');
        expect(ingestFile(enc(text), 'article.txt')).toEqual(a);
        if (a.ok) {
          expect(new Set(a.paragraphs).size).toBe(a.paragraphs.length);
          expect(a.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
          expect(a.countriesMentioned).toEqual([...new Set(a.countriesMentioned)].sort());
          if (a.countryPair) expect([...a.countryPair]).toEqual([...a.countryPair].sort());
          if (a.publishedAt) expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(a.datePrecision === 'day').toBe(a.publishedAt !== null);
        } else {
          expect(a.error.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ingestBatch never throws either', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 256 }), { maxLength: 5 }), (list) => {
        const results = ingestBatch(list.map((bytes, i) => ({ name: `f${i}`, bytes })));
        expect(results).toHaveLength(list.length);
      }),
      { numRuns: 100 },
    );
  });
});
