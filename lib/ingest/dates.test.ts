import { describe, expect, it } from 'vitest';
import { findDates, isDateLine } from './dates';

const first = (line: string, solarHijriNumeric = false) => findDates(line, { solarHijriNumeric })[0];

describe('findDates: Gregorian numeric', () => {
  it.each([
    ['Thứ Hai, 03/07/2023', '2023-07-03', 'Thứ Hai, 03/07/2023'],
    ['Cập nhật 21-11-2022 lúc', '2022-11-21', '21-11-2022'],
    ['published 2024-09-17 by', '2024-09-17', '2024-09-17'],
    ['ngày 15.1.2015', '2015-01-15', 'ngày 15.1.2015'],
    ['07:08:38 25/12/2024', '2024-12-25', '25/12/2024'],
    ['٢٠٢٤/٠٩/١٧', '2024-09-17', '٢٠٢٤/٠٩/١٧'],
    ['۱۷/۰۹/۲۰۲۴', '2024-09-17', '۱۷/۰۹/۲۰۲۴'],
  ])('%s', (line, iso, text) => {
    expect(first(line)).toMatchObject({ gregorian: iso, text, calendar: 'gregory' });
  });

  it('keeps a day and month without a year as printed, without inventing a year', () => {
    expect(first('Ngoại trưởng Mỹ John Kerry ngày 13/1 khẳng định')).toMatchObject({
      text: 'ngày 13/1',
      gregorian: null,
      parts: { day: 13, month: 1 },
    });
    const paren = first('Hôm qua (14/10), Mỹ và Nga cam kết');
    expect(paren).toMatchObject({ text: '14/10', gregorian: null });
    expect(paren?.parts.year).toBeUndefined();
  });

  it('needs a cue before reading day/month without a year', () => {
    expect(findDates('tỉ lệ 1/2 dân số')).toEqual([]);
    expect(findDates('trong 2 ngày 13-14/10')).toEqual([]);
    expect(findDates('hơn 5.000 tù nhân')).toEqual([]);
    expect(findDates('للفترة 2025-2026')).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(findDates('30/02/2024')).toEqual([]);
    expect(findDates('ngày 32/1')).toEqual([]);
    expect(findDates('2024-13-01')).toEqual([]);
    expect(first('29/02/2024')?.gregorian).toBe('2024-02-29');
    expect(findDates('29/02/2023')).toEqual([]);
  });
});

describe('findDates: month names', () => {
  it.each([
    ['September 17, 2024', '2024-09-17'],
    ['Tuesday, 17 Sept. 2024', '2024-09-17'],
    ['2 May 2024', '2024-05-02'],
    ['ngày 17 tháng 9 năm 2024', '2024-09-17'],
    // Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian, Moroccan month sets
    ['الثلاثاء 17/سبتمبر/2024 - 03:34 م', '2024-09-17'],
    ['17 يناير 2024', '2024-01-17'],
    ['17 أبريل 2024', '2024-04-17'],
    ['17 ابريل 2024', '2024-04-17'],
    ['٥ كانون الثاني ٢٠٢٤', '2024-01-05'],
    ['1 شباط 2024', '2024-02-01'],
    ['10 آذار 2024', '2024-03-10'],
    ['3 تشرين الأول 2024', '2024-10-03'],
    ['3 جانفي 2024', '2024-01-03'],
    ['15 جويلية 2024', '2024-07-15'],
    ['12 شتنبر 2023', '2023-09-12'],
    ['4 دجنبر 2023', '2023-12-04'],
    ['17 أيلول (سبتمبر) 2024', '2024-09-17'],
    // Persian, Dari, Urdu names of Gregorian months
    ['۱۷ سپتامبر ۲۰۲۴', '2024-09-17'],
    ['۱۷ ستمبر ۲۰۲۴', '2024-09-17'],
  ])('%s', (line, iso) => {
    expect(first(line)).toMatchObject({ gregorian: iso, calendar: 'gregory', text: line });
  });

  it('rejects a pair of month names that disagree', () => {
    expect(findDates('17 أيلول (أكتوبر) 2024')).toEqual([]);
  });

  it('does not read "may" the verb as a month', () => {
    expect(findDates('2 may be enough')).toEqual([]);
  });
});

describe('findDates: solar hijri', () => {
  it('converts Afghan month names: 15 Saratan 1403 = 2024-07-05', () => {
    expect(first('جمعه ۱۵ سرطان ۱۴۰۳ کابل ۰۶:۲۴')).toMatchObject({
      text: 'جمعه ۱۵ سرطان ۱۴۰۳',
      calendar: 'persian',
      gregorian: '2024-07-05',
      parts: { year: 1403, month: 4, day: 15 },
      weekdayMismatch: false,
    });
    expect(first('15 Saratan 1403')?.gregorian).toBe('2024-07-05');
  });

  it('converts Iranian month names', () => {
    expect(first('۱۵ تیر ۱۴۰۳')?.gregorian).toBe('2024-07-05');
    expect(first('۱ فروردین ۱۴۰۳')?.gregorian).toBe('2024-03-20');
    expect(first('۱۰ دی ۱۴۰۲')?.gregorian).toBe('2023-12-31');
    expect(first('۳۰ اسفند ۱۴۰۳')?.gregorian).toBe('2025-03-20');
  });

  it('accepts both spellings of Sonbola (with and without U+0654)', () => {
    expect(first('۵ سنبلهٔ ۱۴۰۳')?.gregorian).toBe('2024-08-26');
    expect(first('۵ سنبله ۱۴۰۳')?.gregorian).toBe('2024-08-26');
  });

  it('knows that 31 Hut 1403 does not exist', () => {
    expect(findDates('۳۱ حوت ۱۴۰۳')).toEqual([]);
    expect(findDates('31 Hut 1403')).toEqual([]);
    expect(first('۳۰ حوت ۱۴۰۳')?.gregorian).toBe('2025-03-20');
  });

  it('reads numeric solar dates only on Persian pages', () => {
    expect(first('۱۴۰۳/۰۴/۱۵', true)).toMatchObject({ calendar: 'persian', gregorian: '2024-07-05' });
    expect(findDates('۱۴۰۳/۰۴/۱۵', { solarHijriNumeric: false })).toEqual([]);
  });

  it('does not read Latin transliterations without a year (Hut, Tir, Asad are words and names)', () => {
    expect(findDates('15 Asad fighters')).toEqual([]);
  });
});

describe('findDates: lunar hijri', () => {
  it('converts Umm al-Qura dates and requires a year', () => {
    expect(first('14 ربيع الأول 1446')).toMatchObject({ calendar: 'islamic-umalqura', gregorian: '2024-09-17' });
    expect(findDates('3 صفر')).toEqual([]);
  });
});

describe('findDates: weekdays', () => {
  it('checks a printed weekday against the date', () => {
    expect(first('Thứ Ba, 03/07/2023')?.weekdayMismatch).toBe(true); // 3 July 2023 was a Monday
    expect(first('Thứ Hai, 03/07/2023')?.weekdayMismatch).toBe(false);
    expect(first('الأربعاء 17/سبتمبر/2024')?.weekdayMismatch).toBe(true);
    expect(first('شنبه ۱۵ سرطان ۱۴۰۳')?.weekdayMismatch).toBe(true);
    expect(first('Friday, 5 July 2024')?.weekdayMismatch).toBe(false);
  });
});

describe('isDateLine', () => {
  it.each(['جمعه ۱۵ سرطان ۱۴۰۳ کابل ۰۶:۲۴', '20:14:59 25/12/2024', 'Cập nhật: 10:30 15/1/2015', '18:08:34'])('%s is a clock line', (l) => {
    expect(isDateLine(l)).toBe(true);
  });
  it.each(['Hôm qua (14/10), Mỹ và Nga cam kết sẽ khôi phục hợp tác an ninh', 'Pakistan lập thêm tòa án binh'])('%s is not', (l) => {
    expect(isDateLine(l)).toBe(false);
  });
});
