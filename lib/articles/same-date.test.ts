import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '@/lib/i18n/format';
import { sameDateReading } from './same-date';

describe('sameDateReading', () => {
  it('is the same date when the printed text reads as the interface formats it', () => {
    expect(sameDateReading('June 18, 2024', formatArticleDate('2024-06-18', 'day', 'en'))).toBe(true);
    expect(sameDateReading(' june 18 2024 ', 'June 18, 2024')).toBe(true);
    expect(sameDateReading('18\u00a0June\u202f2024', '18 June 2024')).toBe(true);
  });

  it('keeps a printed date that says more or says it otherwise', () => {
    expect(sameDateReading('Tuesday, June 18, 2024', 'June 18, 2024')).toBe(false);
    expect(sameDateReading('الثلاثاء 17/سبتمبر/2024 - 03:34 م', formatArticleDate('2024-09-17', 'day', 'ar'))).toBe(false);
    expect(sameDateReading('18/6/2024', 'June 18, 2024')).toBe(false);
  });

  it('compares digits as printed: Persian digits are not the interface\u2019s Latin ones', () => {
    expect(sameDateReading('۱۵ سرطان ۱۴۰۳', '15 سرطان 1403')).toBe(false);
  });
});
