import { describe, expect, it } from 'vitest';
import { gregorianOf, solarDate, solarInputValue, solarMonthOf, solarMonthsSpanned, solarSpans, solarYearOf } from './solar-hijri';

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
// The reference: ICU's own reading of a day, through a formatter made independently of the module's.
const icu = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const reference = (day: string) => {
  const parts = icu.formatToParts(new Date(`${day}T00:00:00Z`));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day') };
};

describe('Solar Hijri dates', () => {
  it('agree with ICU both ways over every day of 1390-1420', () => {
    for (let time = Date.UTC(2011, 2, 21); time <= Date.UTC(2042, 2, 20); time += DAY) {
      const day = iso(time);
      const solar = reference(day);
      expect(solarDate(day)).toEqual(solar);
      expect(gregorianOf(solar)).toBe(day);
    }
  });

  it('knows the dates the docs and the issue name', () => {
    expect(gregorianOf({ year: 1403, month: 4, day: 15 })).toBe('2024-07-05');
    expect(solarDate('2024-05-01')).toEqual({ year: 1403, month: 2, day: 12 });
  });

  it('has 30 Hut in leap years only: 1403 is one, 1404 is not', () => {
    expect(gregorianOf({ year: 1403, month: 12, day: 30 })).toBe('2025-03-20');
    expect(gregorianOf({ year: 1404, month: 12, day: 30 })).toBeNull();
    expect(gregorianOf({ year: 1404, month: 12, day: 29 })).toBe('2026-03-20');
  });

  it('refuses days and months that do not exist', () => {
    expect(gregorianOf({ year: 1403, month: 13, day: 1 })).toBeNull();
    expect(gregorianOf({ year: 1403, month: 0, day: 1 })).toBeNull();
    expect(gregorianOf({ year: 1403, month: 7, day: 31 })).toBeNull();
    expect(gregorianOf({ year: 1403, month: 6, day: 31 })).toBe('2024-09-21');
    expect(gregorianOf({ year: 1403, month: 2, day: 1.5 })).toBeNull();
  });
});

describe('Solar Hijri months as Gregorian ranges', () => {
  it('cover Sawr 1403 exactly', () => {
    expect(solarMonthOf('2024-05-01')).toEqual({ key: '1403-02', from: '2024-04-20', to: '2024-05-20' });
    expect(solarMonthOf('2024-04-20')).toEqual(solarMonthOf('2024-05-20'));
  });

  it('start on day 1 and end on the day before the next starts, for every month of 1390-1420', () => {
    let expectedFrom = '2011-03-21';
    for (let year = 1390; year <= 1420; year++) {
      for (let month = 1; month <= 12; month++) {
        const span = solarMonthOf(expectedFrom);
        expect(span.key).toBe(`${year}-${String(month).padStart(2, '0')}`);
        expect(span.from).toBe(expectedFrom);
        expect(reference(span.from)).toEqual({ year, month, day: 1 });
        const next = iso(Date.parse(`${span.to}T00:00:00Z`) + DAY);
        expect(reference(next).day).toBe(1);
        expect(reference(span.to)).toMatchObject({ year, month });
        expectedFrom = next;
      }
    }
  });

  it('list every month between two dates, the ends included', () => {
    const spans = solarSpans('2024-03-01', '2024-05-01', 'month');
    expect(spans.map((s) => s.key)).toEqual(['1402-12', '1403-01', '1403-02']);
    expect(spans[0]).toEqual({ key: '1402-12', from: '2024-02-20', to: '2024-03-19' });
    expect(solarMonthsSpanned('2024-03-01', '2024-05-01')).toBe(3);
  });

  it('list years from Hamal 1 to the end of Hut', () => {
    expect(solarYearOf('2024-07-05')).toEqual({ key: '1403', from: '2024-03-20', to: '2025-03-20' });
    expect(solarSpans('2024-01-01', '2025-06-01', 'year').map((s) => s.key)).toEqual(['1402', '1403', '1404']);
  });
});

describe('solarInputValue', () => {
  it('writes the Solar Hijri date in Persian digits, year first', () => {
    expect(solarInputValue('2024-05-01')).toBe('۱۴۰۳-۰۲-۱۲');
  });
});
