import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactKey, foldedKey, indexKeys } from './normalise';

describe('foldedKey folds what readers type inconsistently', () => {
  it.each([
    ['كيف', 'کیف'],
    ['مدرسة', 'مدرسه'],
    ['أفغانستان', 'افغانستان'],
    ['افغانـــستان', 'افغانستان'],
    ['إسلام آباد', 'اسلام اباد'],
    ['مُحَمَّد', 'محمد'],
    ['۱۴۰۳', '1403'],
    ['١٤٠٣', '1403'],
    ['१२३', '123'],
    ['𝟏𝟐', '12'],
    ['مسئول', 'مسیول'],
    ['خانهٔ', 'خانه'],
    ['خانۀ', 'خانه'],
    ['Đà Nẵng', 'da nang'],
    ['Hoa Kỳ', 'hoa ky'],
    ['PAKISTAN', 'pakistan'],
    ['ﻻ', 'لا'],
  ])('%s = %s', (a, b) => {
    expect(foldedKey(a)).toBe(foldedKey(b));
  });

  it('drops bidi controls and zero-width characters that sit inside words', () => {
    expect(foldedKey('Paki\u200Bstan\u202E')).toBe('pakistan');
    expect(foldedKey('امر\u200Dیکا')).toBe('امریکا');
  });

  it('treats ZWNJ as a word break, and indexes the joined form too', () => {
    expect(foldedKey('می‌خواهم')).toBe('می خواهم');
    expect(foldedKey('می‌خواهم', 'join')).toBe('میخواهم');
    expect(indexKeys('می‌خواهم').folded.split(' ')).toContain(foldedKey('میخواهم'));
    expect(indexKeys('plain text')).toEqual({ folded: 'plain text', exact: 'plain text' });
  });

  it('splits on punctuation in any script', () => {
    expect(foldedKey('پاکستان؛ امریکا، «طالبان»')).toBe('پاکستان امریکا طالبان');
    expect(foldedKey('“kề vai sát cánh” (IS)')).toBe('ke vai sat canh is');
  });
});

describe('distinct letters stay distinct', () => {
  it.each([
    ['پل', 'بل'],
    ['گل', 'کل'],
    ['چین', 'جین'],
    ['ژاله', 'زاله'],
  ])('%s ≠ %s', (a, b) => {
    expect(foldedKey(a)).not.toBe(foldedKey(b));
  });

  it('keeps Vietnamese tones apart in the exact key only', () => {
    expect(exactKey('má')).not.toBe(exactKey('ma'));
    expect(exactKey('mà')).not.toBe(exactKey('má'));
    expect(foldedKey('má')).toBe(foldedKey('ma'));
    expect(exactKey('Đà Nẵng')).toBe('đà nẵng');
  });

  it('still folds Arabic variants and digits in the exact key', () => {
    expect(exactKey('كيف ١٤٠٣')).toBe(exactKey('کیف 1403'));
  });
});

describe('properties', () => {
  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = foldedKey(text);
        expect(foldedKey(once)).toBe(once);
        expect(exactKey(exactKey(text))).toBe(exactKey(text));
      }),
    );
  });

  it('gives NFC and NFD input the same key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldedKey(text.normalize('NFD'))).toBe(foldedKey(text.normalize('NFC')));
      }),
    );
  });
});
