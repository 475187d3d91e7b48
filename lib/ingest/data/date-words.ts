/**
 * The words around a printed date that belong to it: a time's connector and half-day, a time
 * zone, a calendar's year suffix, and relative times ("3 giờ trước", "منذ ساعتين"). Matched
 * case-insensitively on folded text (أ -> ا, ي -> ی, ة -> ه…); a ZWNJ matches a space or nothing.
 */

/** A word between a date and its time: "June 7 at 3:14", "lúc 08:15", "ساعت ۱۰:۱۵", "الساعة 10:35". */
export const TIME_CONNECTORS: readonly string[] = ['at', 'lúc', 'vào lúc', 'ساعت', 'الساعة', 'الساعه', 'بوقت', 'وقت'];

/** Half-day markers printed right after a time. Symbols and abbreviations. */
export const MERIDIEM_MARKS: readonly string[] = [
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'a.m',
  'p.m',
  // Persian (qabl/ba'd az zohr), Arabic (sabahan/masa'an)
  'ق.ظ',
  'ب.ظ',
  'ص',
  'م',
];

/**
 * Half-day and time-of-day words. As ordinary words they also start sentences ("Sáng nay…",
 * "صبح امروز…"), so they count only where the date's line or field ends after them.
 */
export const MERIDIEM_WORDS: readonly string[] = [
  // Vietnamese
  'SA',
  'CH',
  'sáng',
  'trưa',
  'chiều',
  'tối',
  // Arabic
  'صباحا',
  'صباحاً',
  'صباحًا',
  'مساء',
  'مساءً',
  'مساءا',
  'ظهرا',
  'ظهراً',
  'ظهرًا',
  'فجرا',
  'فجراً',
  // Persian and Dari
  'صبح',
  'ظهر',
  'عصر',
  'شب',
  'بامداد',
  'بعد از ظهر',
  'بعدازظهر',
  'قبل از ظهر',
  'قبل‌ازظهر',
  'بعد از چاشت',
  'قبل از چاشت',
  'پیش از چاشت',
  // Urdu ("baje", o'clock, and times of day)
  'بجے',
  'شام',
  'رات',
  'دوپہر',
  'سہ پہر',
];

/** Time zone abbreviations printed after a time (offsets like GMT+7, UTC+03:00 are read apart). */
export const ZONE_ABBREVIATIONS: readonly string[] = [
  'GMT',
  'UTC',
  'BST',
  'IST',
  'CET',
  'CEST',
  'EET',
  'EEST',
  'WET',
  'WEST',
  'MSK',
  'EAT',
  'CAT',
  'WAT',
  'SAST',
  'AST',
  'ADT',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'ET',
  'PT',
  'GST',
  'PKT',
  'IRST',
  'IRDT',
  'AFT',
  'ICT',
  'WIB',
  'WITA',
  'WIT',
  'PHT',
  'SGT',
  'MYT',
  'HKT',
  'JST',
  'KST',
  'AEST',
  'AEDT',
  'NZST',
  'NZDT',
];

/**
 * Suffixes after a year that name its era or calendar: م (miladi, AD), هـ (hijri), ش / ه.ش
 * (shamsi), ق / ه.ق (qamari), Urdu ء (isvi, AD).
 */
export const YEAR_SUFFIXES: readonly string[] = [
  'م',
  'ء',
  'ميلادي',
  'ميلادية',
  'هجري',
  'هجرية',
  'مـ',
  'هـ',
  'ه',
  'ھ',
  'ه.ش',
  'هـ.ش',
  'ه‍.ش',
  'ش',
  'ه.ق',
  'هـ.ق',
  'ق',
  'هجری شمسی',
  'هجری قمری',
  'خورشیدی',
  'AD',
  'CE',
];

/**
 * Words that say a bare day/month ("14/11") is a date, not a fraction or a score: Vietnamese
 * "hôm 14/11" (on 14/11), "sáng 13/7" (on the morning of 13/7). They are not part of the date.
 * ("ngày 13/1" is read by the finder itself, and printed as part of the date.)
 */
export const DAY_MONTH_CUES: readonly string[] = ['hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng', 'sáng sớm'];

/**
 * "Today" and "yesterday": a relative stamp when a time follows ("امروز ۱۰:۳۰", "Yesterday at
 * 3:14 PM", "Hôm qua 21:05"); alone they are ordinary words of a sentence.
 */
export const RELATIVE_DAYS: readonly string[] = [
  'today',
  'yesterday',
  'hôm nay',
  'hôm qua',
  'اليوم',
  'أمس',
  'الأمس',
  'امروز',
  'دیروز',
  'آج',
];

export type RelativeLanguage = 'en' | 'vi' | 'ar' | 'fa' | 'ur';

/**
 * "N units ago" in each language. Only seconds to weeks: a page stamps recent articles that way,
 * while "three years ago" and "months ago" are phrases of the body's sentences.
 */
export interface RelativeGrammar {
  /** Counts written as words ("an", "vài", "یک", "چند"). Digits always count. */
  counts: readonly string[];
  units: readonly string[];
  /** Words before the count and unit ("منذ"), or after them ("ago", "trước", "پیش"). */
  before: readonly string[];
  after: readonly string[];
  /** Words joining two spans: "2 hours and 15 minutes ago", "۲ ساعت و ۱۵ دقیقه پیش". */
  and: readonly string[];
  /**
   * Whole phrases without a separate count: Arabic duals ("منذ ساعتين"), Persian "دقایقی پیش".
   * Vague ones that sentences use too ("just now", "mới đây") are left out.
   */
  phrases: readonly string[];
}

export const RELATIVE_TIMES: Record<RelativeLanguage, RelativeGrammar> = {
  en: {
    counts: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'few', 'a few', 'several'],
    units: [
      'second',
      'seconds',
      'sec',
      'secs',
      'minute',
      'minutes',
      'min',
      'mins',
      'hour',
      'hours',
      'hr',
      'hrs',
      'h',
      'm',
      'day',
      'days',
      'd',
      'week',
      'weeks',
      'wk',
      'wks',
    ],
    before: [],
    after: ['ago'],
    and: ['and'],
    phrases: [],
  },
  vi: {
    counts: ['một', 'hai', 'ba', 'bốn', 'năm', 'vài', 'mấy', 'dăm'],
    units: ['giây', 'phút', 'giờ', 'tiếng', 'ngày', 'tuần'],
    before: [],
    after: ['trước'],
    and: ['và'],
    phrases: ['ít phút trước'],
  },
  ar: {
    counts: ['بضع', 'بضعة'],
    // Singular after a digit is dual or plural in writing ("3 ساعات", "11 ساعة"); both are listed.
    units: ['ثانية', 'ثوان', 'ثواني', 'دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'أيام', 'اسبوع', 'أسبوع', 'أسابيع'],
    before: ['منذ', 'قبل'],
    after: [],
    and: ['و'],
    // A bare unit is one of it ("منذ ساعة", an hour ago); a dual is two ("منذ ساعتين").
    phrases: [
      'منذ ثوان',
      'منذ دقيقة',
      'منذ دقيقتين',
      'منذ ساعة',
      'منذ ساعتين',
      'منذ يوم',
      'منذ يومين',
      'منذ أسبوع',
      'منذ أسبوعين',
      'منذ لحظات',
      'قبل دقيقة',
      'قبل دقيقتين',
      'قبل ساعة',
      'قبل ساعتين',
      'قبل يوم',
      'قبل يومين',
      'قبل لحظات',
    ],
  },
  fa: {
    counts: ['یک', 'دو', 'سه', 'چهار', 'پنج', 'چند'],
    units: ['ثانیه', 'دقیقه', 'ساعت', 'روز', 'هفته'],
    before: [],
    after: ['پیش', 'قبل'],
    and: ['و'],
    phrases: ['لحظاتی پیش', 'دقایقی پیش', 'ساعاتی پیش', 'دقایقی قبل', 'ساعاتی قبل'],
  },
  ur: {
    counts: ['ایک', 'دو', 'تین', 'چار', 'پانچ', 'چند'],
    units: ['سیکنڈ', 'منٹ', 'گھنٹہ', 'گھنٹے', 'گھنٹا', 'دن', 'ہفتہ', 'ہفتے'],
    before: [],
    after: ['پہلے', 'قبل'],
    and: ['اور'],
    phrases: [],
  },
};
