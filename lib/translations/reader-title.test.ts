import { describe, expect, it } from 'vitest';
import { translationForReader } from './reader-title';

const en = { language: 'en', title: 'Talks' };
const fa = { language: 'fa', title: 'گفتگو' };
const faAF = { language: 'fa-AF', title: 'گفتگوها' };
const arEG = { language: 'ar-EG', title: 'محادثات' };

describe('translationForReader', () => {
  it('takes the same tag first, whatever its case', () => {
    expect(translationForReader([fa, faAF], 'fa-AF')).toBe(faAF);
    expect(translationForReader([{ language: 'FA-af', title: 'x' }], 'fa-AF')?.title).toBe('x');
  });

  it('falls back to the same language in another region', () => {
    expect(translationForReader([en, fa], 'fa-AF')).toBe(fa);
    expect(translationForReader([en, arEG], 'ar')).toBe(arEG);
  });

  it('offers nothing in another language', () => {
    expect(translationForReader([en, fa], 'vi')).toBeNull();
    expect(translationForReader([], 'en')).toBeNull();
    // "f" is not a prefix match of "fa".
    expect(translationForReader([{ language: 'fil', title: 'x' }], 'fa-AF')).toBeNull();
  });
});
