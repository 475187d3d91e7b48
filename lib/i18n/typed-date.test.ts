import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solarInputValue } from './solar-hijri';
import { typedDate } from './typed-date';

describe('typedDate', () => {
  it('reads Solar Hijri dates in Persian, Arabic-Indic or ASCII digits', () => {
    expect(typedDate('۱۴۰۳-۰۲-۱۲')).toBe('2024-05-01');
    expect(typedDate('١٤٠٣-٠٢-١٢')).toBe('2024-05-01');
    expect(typedDate('1403-02-12')).toBe('2024-05-01');
    expect(typedDate('۱۴۰۳/۲/۱۲')).toBe('2024-05-01');
    expect(typedDate(' \u200F۱۴۰۳.۰۴.۱۵ ')).toBe('2024-07-05');
  });

  it('reads Gregorian dates as themselves, in any digits', () => {
    expect(typedDate('2024-05-01')).toBe('2024-05-01');
    expect(typedDate('۲۰۲۴-۰۵-۰۱')).toBe('2024-05-01');
    expect(typedDate('2024/5/1')).toBe('2024-05-01');
  });

  it('refuses dates that do not exist, in either calendar', () => {
    expect(typedDate('۱۴۰۳-۱۳-۰۱')).toBeNull();
    expect(typedDate('۱۴۰۴-۱۲-۳۰')).toBeNull();
    expect(typedDate('1403-07-31')).toBeNull();
    expect(typedDate('2023-02-29')).toBeNull();
    expect(typedDate('2024-13-01')).toBeNull();
  });

  it('knows 1403 as a leap year: 30 Hut 1403 exists', () => {
    expect(typedDate('۱۴۰۳-۱۲-۳۰')).toBe('2025-03-20');
  });

  it('refuses what is no date', () => {
    for (const raw of ['', 'yesterday', '1403-02', '14030212', '1403-02-12-01', '۱۴۰۳ ثور ۱۲', '1403--02-12'])
      expect(typedDate(raw)).toBeNull();
  });

  it('reads back every date the Dari inputs show', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (time) => {
        const iso = new Date(time).toISOString().slice(0, 10);
        expect(typedDate(solarInputValue(iso))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });
});
