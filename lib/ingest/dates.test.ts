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

  it('takes a Vietnamese time-of-day or "hôm" as a cue, leaving it out of the date', () => {
    expect(texts('Hôm 14/11, sáu binh sĩ')).toEqual(['14/11']);
    expect(texts('Sáng 13/7, Bộ Công an cho biết')).toEqual(['13/7']);
    expect(first('Rạng sáng 13/7, lực lượng')).toMatchObject({ text: '13/7', gregorian: null, parts: { day: 13, month: 7 } });
  });

  it('reads a bare day/month in an agency dateline that opens the line', () => {
    expect(texts('Viêng Chăn, 12/8 (TTXVN) - Cảnh sát Lào và Thái Lan')).toEqual(['12/8']);
    expect(texts('Jakarta, 3/5 – Indonesia và Australia')).toEqual(['3/5']);
    expect(texts('بغداد، 12/8 (واع) - اتفق')).toEqual(['12/8']);
    expect(findDates('Tỷ lệ ủng hộ tăng mạnh, 12/8 - con số')).toEqual([]);
    expect(findDates('Hai đội hòa, 2/1 trong hiệp phụ')).toEqual([]);
  });

  it('needs a cue before reading day/month without a year', () => {
    expect(findDates('tỉ lệ 1/2 dân số')).toEqual([]);
    expect(findDates('trong 2 ngày 13-14/10')).toEqual([]);
    expect(findDates('hơn 5.000 tù nhân')).toEqual([]);
    expect(findDates('للفترة 2025-2026')).toEqual([]);
  });

  it('reads a slashed date month first only where day first is impossible, and flags the ambiguous', () => {
    expect(first('06/13/2024')).toMatchObject({ gregorian: '2024-06-13', ambiguousOrder: false });
    expect(findDates('06-13-2024')).toEqual([]);
    expect(first('03/07/2023')).toMatchObject({ gregorian: '2023-07-03', ambiguousOrder: true });
    expect(first('13/07/2023')?.ambiguousOrder).toBe(false);
    expect(first('07/07/2023')?.ambiguousOrder).toBe(false);
    expect(first('2023-07-03')?.ambiguousOrder).toBe(false);
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

const texts = (line: string) => findDates(line).map((c) => c.text);

describe('findDates: the complete printed extent', () => {
  it.each([
    // Vietnamese: weekday, time, zone in brackets, a time before the date, a yearless date
    ['Thứ năm, 13/7/2023, 08:15 (GMT+7)', 'Thứ năm, 13/7/2023, 08:15 (GMT+7)'],
    ['Thứ Tư, 12/07/2023 08:15 (GMT+7)', 'Thứ Tư, 12/07/2023 08:15 (GMT+7)'],
    ['12:30 21-11-2022', '12:30 21-11-2022'],
    ['14/03/2024 08:45', '14/03/2024 08:45'],
    ['Đăng lúc: 20/11/2023 07:15 GMT+7', '20/11/2023 07:15 GMT+7'],
    ['Thứ Sáu, 13/9 | 15:40', 'Thứ Sáu, 13/9 | 15:40'],
    ['Thứ ba, 9/7/2024, 16:20 (GMT+7)', 'Thứ ba, 9/7/2024, 16:20 (GMT+7)'],
    ['Thứ Hai, 03/07/2023 - 08h15', 'Thứ Hai, 03/07/2023 - 08h15'],
    ['Cập nhật lúc 10:30 ngày 15/1/2015', 'lúc 10:30 ngày 15/1/2015'],
    // English: half-day, zones as names and offsets, a dotted time with its zone, labels left out
    ['June 7, 2024 3:14 PM GMT+1', 'June 7, 2024 3:14 PM GMT+1'],
    ['Thu 14 Sep 2023 18.02 CEST', 'Thu 14 Sep 2023 18.02 CEST'],
    ['March 5, 2024 10:42 am', 'March 5, 2024 10:42 am'],
    ['Tuesday 8 February 2022, 14:05 CET', 'Tuesday 8 February 2022, 14:05 CET'],
    ['Aug 22, 2023 09:14 EAT', 'Aug 22, 2023 09:14 EAT'],
    ['Published: March 3, 2021', 'March 3, 2021'],
    ['Posted on Thurs, Sept. 14, 2023 at 6 p.m. ET', 'Thurs, Sept. 14, 2023 at 6 p.m. ET'],
    ['Sat 2 March 2024 09:30 UTC+03:00', 'Sat 2 March 2024 09:30 UTC+03:00'],
    // Persian and Dari: ZWNJ, space or joined weekdays, "ساعت", "بعد از چاشت"
    ['سه‌شنبه ۲۱ حمل ۱۴۰۳', 'سه‌شنبه ۲۱ حمل ۱۴۰۳'],
    ['پنجشنبه ۱۲ عقرب ۱۴۰۱ - ۱۴:۲۰', 'پنجشنبه ۱۲ عقرب ۱۴۰۱ - ۱۴:۲۰'],
    ['یکشنبه ۵ سنبله ۱۴۰۲ ساعت ۱۰:۱۵', 'یکشنبه ۵ سنبله ۱۴۰۲ ساعت ۱۰:۱۵'],
    ['سه‌شنبه، ۲۳ عقرب ۱۴۰۲ ساعت ۲:۳۵ بعد از چاشت', 'سه‌شنبه، ۲۳ عقرب ۱۴۰۲ ساعت ۲:۳۵ بعد از چاشت'],
    ['تاریخ نشر: ۱۲ جوزا ۱۴۰۳', '۱۲ جوزا ۱۴۰۳'],
    ['سه‌شنبه ۱۸ جون ۲۰۲۴', 'سه‌شنبه ۱۸ جون ۲۰۲۴'],
    ['پنجشنبه ۳۰ اسفند ۱۴۰۳ - ۱۱:۴۵', 'پنجشنبه ۳۰ اسفند ۱۴۰۳ - ۱۱:۴۵'],
    ['کد خبر: 123456 | ۲۵ آبان ۱۴۰۲ - ۰۹:۱۵', '۲۵ آبان ۱۴۰۲ - ۰۹:۱۵'],
    ['سه شنبه ۱ جوزا ۱۴۰۳ - ۰۹:۴۰', 'سه شنبه ۱ جوزا ۱۴۰۳ - ۰۹:۴۰'],
    ['سهشنبه ۱ جوزا ۱۴۰۳', 'سهشنبه ۱ جوزا ۱۴۰۳'],
    ['۱۵ تیر ۱۴۰۳ ه.ش ساعت ۱۰:۳۰ ق.ظ', '۱۵ تیر ۱۴۰۳ ه.ش ساعت ۱۰:۳۰ ق.ظ'],
    // Arabic: the era suffix after a year, Levantine and Maghrebi months, half-day letters
    ['٢٧ سبتمبر ٢٠٢٣م', '٢٧ سبتمبر ٢٠٢٣م'],
    ['بغداد - 14 آب 2024 - 10:42', '14 آب 2024 - 10:42'],
    ['الخميس ٥ ذو القعدة ١٤٤٤هـ', 'الخميس ٥ ذو القعدة ١٤٤٤هـ'],
    ['الأحد 09 فبراير 2025 - 10:35 ص', 'الأحد 09 فبراير 2025 - 10:35 ص'],
    ['عمان 3 آذار (بترا) - اتفق الأردن وسوريا', '3 آذار'],
    ['تاريخ النشر: الثلاثاء 8 تشرين الأول 2024 - 14:32', 'الثلاثاء 8 تشرين الأول 2024 - 14:32'],
    ['الخميس 26 شتنبر 2024 - 10:45', 'الخميس 26 شتنبر 2024 - 10:45'],
    ['الإثنين 14/أكتوبر/2024 - 07:52 م', 'الإثنين 14/أكتوبر/2024 - 07:52 م'],
    ['الاثنين 14 أكتوبر 2024 الساعة 07:52 مساءً', 'الاثنين 14 أكتوبر 2024 الساعة 07:52 مساءً'],
    // Urdu
    ['تاریخ اشاعت: 12 فروری 2024', '12 فروری 2024'],
    ['پیر ۲۰ مارچ ۲۰۲۳ ۱۶:۴۵', 'پیر ۲۰ مارچ ۲۰۲۳ ۱۶:۴۵'],
    ['شائع شدہ: منگل، ۱۸ اپریل ۲۰۲۳ ۱۰:۳۰', 'منگل، ۱۸ اپریل ۲۰۲۳ ۱۰:۳۰'],
    ['بدھ ۱۹ اپریل ۲۰۲۳ شام ۵:۳۰', 'بدھ ۱۹ اپریل ۲۰۲۳ شام ۵:۳۰'],
    ['جمعرات ۲۰ اپریل ۲۰۲۳ ۵:۳۰ بجے', 'جمعرات ۲۰ اپریل ۲۰۲۳ ۵:۳۰ بجے'],
    ['شائع: 12 فروری 2024ء', '12 فروری 2024ء'],
    // A time (with half-day and zone) printed before the weekday and date
    ['Updated 3:14 PM EDT, Fri June 7, 2024', '3:14 PM EDT, Fri June 7, 2024'],
    ['۱۰:۳۰ - سه‌شنبه ۱۵ تیر ۱۴۰۳', '۱۰:۳۰ - سه‌شنبه ۱۵ تیر ۱۴۰۳'],
    ['ساعت ۱۰:۳۰ ۱۵ تیر ۱۴۰۳', 'ساعت ۱۰:۳۰ ۱۵ تیر ۱۴۰۳'],
    ['الخميس 5 ذو القعدة 1444 هجري الموافق 25 مايو 2023 ميلادي', '25 مايو 2023 ميلادي'],
    ['الأحد، 9 فبراير 2025 10:35 صباحًا', 'الأحد، 9 فبراير 2025 10:35 صباحًا'],
  ])('%s', (line, text) => {
    expect(texts(line)).toContain(text);
  });

  it('reads a Hijri and a Gregorian date printed together as two dates', () => {
    const found = findDates('الأربعاء ١٢ ربيع الأول ١٤٤٥هـ - ٢٧ سبتمبر ٢٠٢٣م');
    expect(found.map((c) => [c.text, c.calendar, c.gregorian])).toEqual([
      ['الأربعاء ١٢ ربيع الأول ١٤٤٥هـ', 'islamic-umalqura', '2023-09-27'],
      ['٢٧ سبتمبر ٢٠٢٣م', 'gregory', '2023-09-27'],
    ]);
    expect(found[0]?.weekdayMismatch).toBe(false);
  });

  it('cuts spans from the printed line, digits and spellings as printed', () => {
    const line = 'Thứ năm, 13/7/2023, 08:15 (GMT+7) — tin mới';
    const c = findDates(line)[0];
    expect(line.slice(c?.start, c?.end)).toBe('Thứ năm, 13/7/2023, 08:15 (GMT+7)');
  });

  it('leaves the running page clock with seconds out of the date', () => {
    expect(first('20:14:59 25/12/2024')).toMatchObject({ text: '25/12/2024', hasTime: false });
  });

  it('does not take a dotted number for a time without a zone or half-day', () => {
    expect(texts('14 Sep 2023 18.02 million')).toEqual(['14 Sep 2023']);
    expect(texts('Thursday 13 July 2023 08.15')).toEqual(['Thursday 13 July 2023 08.15']);
  });

  it('does not take zone-like words in lower case for zones', () => {
    expect(texts('June 7, 2024 10:15 et al.')).toEqual(['June 7, 2024 10:15']);
  });

  it('does not take a zone-like word in lower case before a time for a zone', () => {
    expect(texts('10:30 et 12/07/2023')).toEqual(['12/07/2023']);
    expect(texts('10:30 ET 12/07/2023')).toEqual(['10:30 ET 12/07/2023']);
  });

  it('does not take a sentence opening with a time-of-day word as a half-day', () => {
    expect(texts('14/03/2024 08:45 Sáng nay, lực lượng biên phòng')).toEqual(['14/03/2024 08:45']);
  });
});

describe('findDates: evidence for the chooser', () => {
  it('says whether a year, a time and a weekday are printed', () => {
    expect(first('Thứ Sáu, 13/9 | 15:40')).toMatchObject({
      hasYear: false,
      hasTime: true,
      hasWeekday: true,
      gregorian: null,
      parts: { day: 13, month: 9 },
      relative: false,
    });
    expect(first('۱۲ جوزا ۱۴۰۳')).toMatchObject({ hasYear: true, hasTime: false, hasWeekday: false });
  });

  it.each([
    ['Published: March 3, 2021', 'published'],
    ['First published: Aug 22, 2023 09:14 EAT', 'published'],
    ['Posted on March 3, 2021', 'published'],
    ['Đăng lúc: 20/11/2023 07:15 GMT+7', 'published'],
    ['Ngày đăng: 12/07/2023', 'published'],
    ['Xuất bản ngày 12/07/2023', 'published'],
    ['تاریخ انتشار: ۲۵ آبان ۱۴۰۲', 'published'],
    ['منتشر شده در ۲۵ آبان ۱۴۰۲', 'published'],
    ['تاریخ نشر: ۱۲ جوزا ۱۴۰۳', 'published'],
    ['نشر في 14 آب 2024', 'published'],
    ['تاريخ النشر: الثلاثاء 8 تشرين الأول 2024', 'published'],
    ['شائع شدہ: منگل، ۱۸ اپریل ۲۰۲۳', 'published'],
    ['Updated: March 6, 2024 8:15 am', 'updated'],
    ['Last updated: Aug 23, 2023', 'updated'],
    ['Last modified on Fri 15 Sep 2023 09.10 CEST', 'updated'],
    ['Cập nhật: 21/11/2023 10:32 GMT+7', 'updated'],
    ['به‌روزرسانی: ۲۵ آبان ۱۴۰۲', 'updated'],
    ['آخرین بروزرسانی: ۲۵ آبان ۱۴۰۲', 'updated'],
    ['آخر تحديث: 15 آب 2024 - 08:03', 'updated'],
    ['تحديث 15 آب 2024', 'updated'],
    ['اپ ڈیٹ: ۱۸ اپریل ۲۰۲۳', 'updated'],
    ['بغداد - 14 آب 2024', null],
    ['Bộ trưởng cập nhật tình hình hôm 12/7/2023 tại Hà Nội', null],
  ])('%s is labelled %s', (line, label) => {
    expect(first(line)?.label).toBe(label);
  });

  it('labels each date of a metadata line by the label just before it', () => {
    const found = findDates('Published: March 5, 2024 10:42 am | Updated: March 6, 2024 8:15 am');
    expect(found.map((c) => [c.text, c.label])).toEqual([
      ['March 5, 2024 10:42 am', 'published'],
      ['March 6, 2024 8:15 am', 'updated'],
    ]);
  });
});

describe('findDates: relative times', () => {
  it.each([
    ['3 giờ trước', '3 giờ trước'],
    ['Vài phút trước', 'Vài phút trước'],
    ['۲ ساعت پیش', '۲ ساعت پیش'],
    ['یک روز قبل', 'یک روز قبل'],
    ['2 hours ago', '2 hours ago'],
    ['an hour ago', 'an hour ago'],
    ['5m ago', '5m ago'],
    ['منذ ساعتين', 'منذ ساعتين'],
    ['منذ 3 ساعات', 'منذ 3 ساعات'],
    ['قبل 11 ساعة', 'قبل 11 ساعة'],
    ['۳ گھنٹے پہلے', '۳ گھنٹے پہلے'],
    ['۲ ساعت و ۱۵ دقیقه پیش', '۲ ساعت و ۱۵ دقیقه پیش'],
    ['2 giờ 15 phút trước', '2 giờ 15 phút trước'],
    ['1 hour, 5 minutes ago', '1 hour, 5 minutes ago'],
  ])('%s', (line, text) => {
    expect(findDates(line)).toEqual([
      expect.objectContaining({ text, relative: true, calendar: null, gregorian: null, parts: {}, hasYear: false }),
    ]);
  });

  it.each([
    ['امروز ساعت ۱۰:۳۰', 'امروز ساعت ۱۰:۳۰'],
    ['دیروز ۱۴:۲۰', 'دیروز ۱۴:۲۰'],
    ['Yesterday at 3:14 PM EDT', 'Yesterday at 3:14 PM EDT'],
    ['Cập nhật: Hôm nay, 10:30', 'Hôm nay, 10:30'],
    ['أمس 10:35 م', 'أمس 10:35 م'],
  ])('%s is a relative stamp with a time', (line, text) => {
    expect(findDates(line)).toEqual([expect.objectContaining({ text, relative: true, hasTime: true, gregorian: null })]);
  });

  it('does not take "today" or "yesterday" without a time', () => {
    expect(findDates('Hôm qua (14/10), Mỹ và Nga cam kết')).toEqual([expect.objectContaining({ text: '14/10', relative: false })]);
    expect(findDates('Today, the ministers met in Rabat')).toEqual([]);
    expect(findDates('وقال اليوم 3 مسؤولين')).toEqual([]);
  });

  it('finds a relative time without digits in any spelling or case', () => {
    expect(texts('یک ساعت پيش')).toEqual(['یک ساعت پيش']);
    expect(texts('AN HOUR AGO')).toEqual(['AN HOUR AGO']);
    expect(texts('VÀI PHÚT TRƯỚC')).toEqual(['VÀI PHÚT TRƯỚC']);
  });

  it('labels an updated stamp', () => {
    const found = findDates('June 7, 2024 3:14 PM GMT+1 · Updated 2 hours ago');
    expect(found.map((c) => [c.text, c.relative, c.label])).toEqual([
      ['June 7, 2024 3:14 PM GMT+1', false, null],
      ['2 hours ago', true, 'updated'],
    ]);
  });

  it('does not read years, vague spans or "since" a date as a relative time', () => {
    expect(findDates('hai năm trước, hai nước đã ký')).toEqual([]);
    expect(findDates('الخطوة الأوسع منذ سنوات')).toEqual([]);
    expect(findDates('الذي مكن منذ سنة 2014 من تفكيك')).toEqual([]);
    expect(texts('منذ يوم 12 مارس 2024')).toEqual(['12 مارس 2024']);
    expect(findDates('قرقیزستان نیز چندی پیش در رزمایشی')).toEqual([]);
  });
});

describe('findDates: not dates', () => {
  it.each([
    'Kế hoạch năm 2024',
    'vào quý IV/2024 tại thủ đô',
    'اسفند ۱۴۰۱',
    'Tỷ số 2-1 sau 90 phút',
    'khoảng 3/4 dân số',
    'từ 12-15/3',
    '1,500-km border',
  ])('%s', (line) => {
    expect(findDates(line)).toEqual([]);
  });
});

describe('findDates: more weekdays', () => {
  it.each([
    ['Thứ 5, 13/7/2023', false],
    ['T5, 13/7/2023', false],
    ['CN, 16/7/2023', false],
    ['T2, 16/7/2023', true],
    ['THỨ NĂM, 13/7/2023', false],
    ['Thurs 13 July 2023', false],
    ['Thu, Jul 13, 2023', false],
    ['Fri, Jul 13, 2023', true],
    ['پنج‌شنبه ۲۲ سرطان ۱۴۰۲', false],
    ['پنج شنبه ۲۲ سرطان ۱۴۰۲', false],
    ['الخميس 13 يوليو 2023', false],
    ['الاربعاء 13 يوليو 2023', true],
    ['جمعرات 13 جولائی 2023', false],
    ['سوموار 17 جولائی 2023', false],
  ])('%s: mismatch %s', (line, mismatch) => {
    expect(first(line)).toMatchObject({ hasWeekday: true, weekdayMismatch: mismatch });
  });
});

describe('isDateLine: metadata lines', () => {
  it.each([
    'June 7, 2024 3:14 PM GMT+1 · Updated 2 hours ago',
    'Published March 5, 2024 10:42 am | Updated March 6, 2024',
    'Đăng lúc: 20/11/2023 07:15 GMT+7 | Cập nhật: 21/11/2023 10:32 GMT+7',
    'کد خبر: ۲۹۸۷۶۵۴ | ۲۵ آبان ۱۴۰۲ - ۰۹:۱۵',
    'نشر شده: سه‌شنبه ۲۱ حمل ۱۴۰۳',
    'Hà Nội 24°C  |  Thứ Tư, 23/11/2022',
    'مقديشو | ٣١° | الجمعة ٢ يونيو ٢٠٢٣',
    '3 giờ trước',
    '۲ ساعت پیش',
    'Last modified on Fri 15 Sep 2023 09.10 CEST',
  ])('%s', (l) => {
    expect(isDateLine(l)).toBe(true);
  });
  it('reads numeric solar dates on Persian pages when told to', () => {
    const line = 'تاریخ انتشار: ۱۴۰۲/۰۹/۲۰ | سرویس سیاسی';
    expect(isDateLine(line, { solarHijriNumeric: true })).toBe(true);
    expect(isDateLine(line)).toBe(false);
  });
  it.each([
    'BREAKING: Explosion reported near market in Maiduguri, police say — June 9, 2024',
    '۱۲ مرداد ۱۴۰۳ | افزایش قیمت بلیت پروازهای داخلی از هفته آینده',
    'Hai ngày trước, lực lượng biên phòng hai nước đã tổ chức tuần tra chung',
    'Ý kiến (14)',
    '© 2024 Tin Nhanh Plus. Mọi quyền được bảo lưu.',
  ])('%s is not', (l) => {
    expect(isDateLine(l)).toBe(false);
  });
});
