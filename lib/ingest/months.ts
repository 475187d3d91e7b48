/**
 * Month and weekday names as news sites print them, per calendar and regional set.
 * Arabic-script names are written naturally here; the date finder folds them (أ -> ا, ي -> ی…)
 * together with the text, so each spelling variant need not be listed.
 */

export type CalendarId = 'gregory' | 'persian' | 'islamic-umalqura';

export interface MonthName {
  name: string;
  month: number;
  calendar: CalendarId;
}

function set(calendar: CalendarId, months: readonly (readonly string[])[]): MonthName[] {
  return months.flatMap((names, i) => names.map((name) => ({ name, month: i + 1, calendar })));
}

/** English, with abbreviations; capitalised and upper-case variants are added by the finder. */
export const ENGLISH_MONTHS = set('gregory', [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
]);

/** Gregorian months in Arabic script: every Arabic regional set plus Persian, Dari and Urdu forms. */
export const ARABIC_SCRIPT_GREGORIAN_MONTHS = set('gregory', [
  // Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian, Moroccan, Iranian Persian, Dari, Urdu
  ['يناير', 'كانون الثاني', 'جانفي', 'ژانویه', 'جنوری'],
  ['فبراير', 'شباط', 'فيفري', 'فوریه', 'فبروری', 'فروری'],
  ['مارس', 'آذار', 'مارچ'],
  ['أبريل', 'نيسان', 'أفريل', 'آوریل', 'اپریل'],
  ['مايو', 'أيار', 'ماي', 'مه', 'می', 'مئی'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان', 'ژوئن', 'جون'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'ژوئیه', 'ژوییه', 'جولای', 'جولائی'],
  ['أغسطس', 'آب', 'أوت', 'غشت', 'اوت', 'آگوست', 'اگست'],
  ['سبتمبر', 'أيلول', 'شتنبر', 'سپتامبر', 'سپتمبر', 'ستمبر'],
  ['أكتوبر', 'تشرين الأول', 'اکتبر', 'اکتوبر'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر', 'نوامبر', 'نومبر'],
  ['ديسمبر', 'كانون الأول', 'دجنبر', 'دسامبر', 'دسمبر'],
]);

/** Solar hijri: Afghan (Dari/Pashto) and Iranian names are the same twelve months. */
export const SOLAR_HIJRI_MONTHS = set('persian', [
  ['حمل', 'فروردین', 'Hamal', 'Farvardin'],
  ['ثور', 'اردیبهشت', 'Sawr', 'Saur', 'Ordibehesht'],
  ['جوزا', 'جوزاء', 'خرداد', 'Jawza', 'Jauza', 'Khordad'],
  ['سرطان', 'تیر', 'Saratan', 'Tir'],
  ['اسد', 'مرداد', 'امرداد', 'Asad', 'Mordad'],
  // ICU writes سنبلهٔ with U+0654 (hamza above); both spellings are printed.
  ['سنبلهٔ', 'سنبله', 'شهریور', 'Sonbola', 'Sunbula', 'Sunbulah', 'Shahrivar'],
  ['میزان', 'مهر', 'Mizan', 'Mehr'],
  ['عقرب', 'آبان', 'Aqrab', 'Aban'],
  ['قوس', 'آذر', 'Qaws', 'Qaus', 'Azar'],
  ['جدی', 'دی', 'Jadi', 'Jaddi', 'Dey'],
  ['دلو', 'بهمن', 'Dalw', 'Dalv', 'Bahman'],
  ['حوت', 'اسفند', 'Hut', 'Hoot', 'Esfand'],
]);

/** Lunar hijri (Umm al-Qura), printed next to the Gregorian date by Gulf and Egyptian papers. */
export const LUNAR_HIJRI_MONTHS = set('islamic-umalqura', [
  ['محرم'],
  ['صفر'],
  ['ربيع الأول'],
  ['ربيع الآخر', 'ربيع الثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
]);

/** Weekday names, numbered like `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAYS: readonly { name: string; day: number }[] = [
  ...[
    ['Chủ nhật', 'Chủ Nhật', 'CN'],
    ['Thứ Hai', 'Thứ hai', 'Thứ 2', 'T2'],
    ['Thứ Ba', 'Thứ ba', 'Thứ 3', 'T3'],
    ['Thứ Tư', 'Thứ tư', 'Thứ 4', 'T4'],
    ['Thứ Năm', 'Thứ năm', 'Thứ 5', 'T5'],
    ['Thứ Sáu', 'Thứ sáu', 'Thứ 6', 'T6'],
    ['Thứ Bảy', 'Thứ bảy', 'Thứ 7', 'T7'],
  ].flatMap((names, day) => names.map((name) => ({ name, day }))),
  ...[
    ['Sunday', 'Sun'],
    ['Monday', 'Mon'],
    ['Tuesday', 'Tues', 'Tue'],
    ['Wednesday', 'Wed'],
    ['Thursday', 'Thurs', 'Thur', 'Thu'],
    ['Friday', 'Fri'],
    ['Saturday', 'Sat'],
  ].flatMap((names, day) =>
    names.flatMap((name) => [
      { name, day },
      { name: name.toUpperCase(), day },
    ]),
  ),
  ...[
    // Arabic, Persian (with and without ZWNJ or space), Urdu
    ['الأحد', 'یکشنبه', 'یک‌شنبه', 'یک شنبه', 'اتوار'],
    ['الاثنين', 'الإثنين', 'دوشنبه', 'دو‌شنبه', 'دو شنبه', 'پیر', 'سوموار'],
    ['الثلاثاء', 'سه‌شنبه', 'سه شنبه', 'سهشنبه', 'منگل'],
    ['الأربعاء', 'چهارشنبه', 'چهار‌شنبه', 'چهار شنبه', 'بدھ'],
    ['الخميس', 'پنجشنبه', 'پنج‌شنبه', 'پنج شنبه', 'جمعرات'],
    ['الجمعة', 'جمعه', 'جمعہ'],
    ['السبت', 'شنبه', 'ہفتہ'],
  ].flatMap((names, day) => names.map((name) => ({ name, day }))),
];
