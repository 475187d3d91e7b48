/**
 * Finds every date printed in a line, with what a chooser needs to judge it: the complete printed
 * extent (weekday, time, half-day, zone, a calendar's year suffix), whether it has a year, a time,
 * a weekday that agrees, and the label printed before it ("Published:", "Cập nhật", "آخر تحديث").
 * Relative stamps ("3 giờ trước", "۲ ساعت پیش", "منذ ساعتين") are found too, without a date.
 * Works on a length-preserving folded copy of each line (ASCII digits, unified Arabic/Persian
 * letters, lower case), so the span found there is cut from the line as printed.
 */
import {
  CalendarDate,
  GregorianCalendar,
  IslamicUmalquraCalendar,
  PersianCalendar,
  toCalendar,
  type Calendar,
} from '@internationalized/date';
import type { DateParts } from './types';
import {
  ARABIC_SCRIPT_GREGORIAN_MONTHS,
  ENGLISH_MONTHS,
  LUNAR_HIJRI_MONTHS,
  SOLAR_HIJRI_MONTHS,
  WEEKDAYS,
  type CalendarId,
  type MonthName,
} from './months';
import { LABEL_CONNECTORS, PUBLISHED_LABELS, UPDATED_LABELS, type DateLabel } from './data/date-labels';
import {
  DAY_MONTH_CUES,
  MERIDIEM_MARKS,
  MERIDIEM_WORDS,
  RELATIVE_DAYS,
  RELATIVE_TIMES,
  TIME_CONNECTORS,
  YEAR_SUFFIXES,
  ZONE_ABBREVIATIONS,
} from './data/date-words';
import { alternation, escapeRegExp, foldForMatching, stripBidiControls } from './text';

export type { DateLabel } from './data/date-labels';

export interface DateCandidate {
  /** Span in the line: the date with its weekday, time, half-day, zone and year suffix. */
  start: number;
  end: number;
  /** The span as printed (bidi controls removed), without any label. */
  text: string;
  /** Null for a relative time. */
  calendar: CalendarId | null;
  /** As printed, in `calendar`; empty (`{}`) for a relative time. */
  parts: DateParts;
  /** Gregorian `YYYY-MM-DD`, when the printed date is complete and exists. */
  gregorian: string | null;
  /** A weekday was printed and does not fit the date: the date is not trusted. */
  weekdayMismatch: boolean;
  /** "3 giờ trước", "2 hours ago": no calendar date at all. */
  relative: boolean;
  /**
   * All-numeric with day and month both 12 or less (03/07/2023): read day first, but a page in
   * American English would mean the other date.
   */
  ambiguousOrder: boolean;
  hasYear: boolean;
  /** A clock time is printed with the date (before or after it). */
  hasTime: boolean;
  hasWeekday: boolean;
  /** What the label printed just before the date on this line says it is, if there is one. */
  label: DateLabel | null;
}

export interface FindDateOptions {
  /** Read numeric dates with a 13xx/14xx year as solar hijri (Persian-language pages). */
  solarHijriNumeric?: boolean;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\p{Nd}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\u200C])';
const NOT_NUMBER_BEFORE = '(?<![\\p{Nd}/.\\-])';
const NOT_NUMBER_AFTER = '(?![\\p{Nd}]|[/.\\-]\\p{Nd})';

const monthByName = new Map<string, MonthName>();
function addMonths(names: readonly MonthName[], variants: (name: string) => string[]): void {
  for (const month of names) {
    for (const v of variants(month.name)) monthByName.set(v, { ...month, name: v });
  }
}
addMonths(ENGLISH_MONTHS, (n) => [n, n.toUpperCase()]);
addMonths(ARABIC_SCRIPT_GREGORIAN_MONTHS, (n) => [foldForMatching(n)]);
addMonths(LUNAR_HIJRI_MONTHS, (n) => [foldForMatching(n)]);
// Latin transliterations of solar months (Hut, Tir, Asad…) are ordinary words or names too, so
// they only count in a full "day month year" date; Arabic-script ones need a day before them.
const LATIN_SOLAR = new Set<string>();
addMonths(SOLAR_HIJRI_MONTHS, (n) => {
  if (/^[A-Za-z]/.test(n)) {
    LATIN_SOLAR.add(n);
    LATIN_SOLAR.add(n.toUpperCase());
    return [n, n.toUpperCase()];
  }
  return [foldForMatching(n)];
});

const MONTH = `(?:${alternation([...monthByName.keys()])})${NOT_LETTER_AFTER}`;
const ENGLISH_MONTH = `(?:${alternation(ENGLISH_MONTHS.flatMap((m) => [m.name, m.name.toUpperCase()]))})${NOT_LETTER_AFTER}`;
const NGAY = `(?:(?<![\\p{L}])([Nn]gày|NGÀY)\\s+)?`;

/** "17 September 2024", "17/سبتمبر/2024", "۱۵ سرطان ۱۴۰۳", "17 أيلول (سبتمبر) 2024". */
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[/\\-.]\\s*|\\s+)(?:of\\s+)?(${MONTH})\\.?` +
    `(?:\\s*[/(]\\s*(${MONTH})\\s*\\)?)?(?:(?:\\s*[/\\-.,،]\\s*|\\s+)(\\d{4})(?!\\p{Nd}))?`,
  'gu',
);
/** "September 17, 2024", "Sept. 17". */
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(${ENGLISH_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\p{Nd})(?:,?\\s+(\\d{4})(?!\\p{Nd}))?`,
  'gu',
);
/** Vietnamese long form: "ngày 17 tháng 9 năm 2024", "17 tháng 9". */
const VIETNAMESE_LONG = new RegExp(
  `${NGAY}${NOT_NUMBER_BEFORE}(\\d{1,2})\\s+(?:tháng|Tháng|THÁNG)\\s+(\\d{1,2})(?:\\s*(?:,\\s*|năm\\s+|/\\s*)(\\d{4}))?(?!\\p{Nd})`,
  'gu',
);
/** "03/07/2023", "21-11-2022", "ngày 15.1.2015". */
const NUMERIC_DMY = new RegExp(`${NGAY}${NOT_NUMBER_BEFORE}(\\d{1,2})([/.\\-])(\\d{1,2})\\3(\\d{4})${NOT_NUMBER_AFTER}`, 'gu');
/** "2024-09-17", "۱۴۰۳/۰۴/۱۵". */
const NUMERIC_YMD = new RegExp(`${NOT_NUMBER_BEFORE}(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})${NOT_NUMBER_AFTER}`, 'gu');
/**
 * Day/month without a year counts only with a cue that it is a date, not a fraction or score:
 * Vietnamese "ngày 13/1", or in parentheses "Hôm qua (14/10)".
 */
const NUMERIC_DM = new RegExp(
  `(?:(?<![\\p{L}])([Nn]gày)\\s+|(\\())${NOT_NUMBER_BEFORE}(\\d{1,2})[/.](\\d{1,2})${NOT_NUMBER_AFTER}(\\))?`,
  'gu',
);

/** Lower case, one code unit for one, so indexes stay valid in the printed line. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** How phrases are compared: folded, lower case, without spaces or ZWNJ. */
function phraseKey(phrase: string): string {
  return lowerSameLength(foldForMatching(phrase)).replace(/[\s\u200C]+/gu, '');
}

/**
 * RegExp source matching a phrase in folded lower-case text. Persian and Urdu write compounds
 * with a ZWNJ, a space or joined ("سه‌شنبه", "سه شنبه", "سهشنبه"), so any of them matches any.
 */
function phraseSource(phrase: string): string {
  return lowerSameLength(foldForMatching(phrase))
    .trim()
    .split(/[\s\u200C]+/u)
    .map(escapeRegExp)
    .join('[\\s\\u200C]*');
}

/** Alternation of phrases, longest first. */
function phrases(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}

const WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{Nd}\\u200C])';
const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{Nd}\\u200C])';

const weekdayByKey = new Map<string, number>();
for (const w of WEEKDAYS) weekdayByKey.set(phraseKey(w.name), w.day);
const WEEKDAY = `(?:${phrases(WEEKDAYS.map((w) => w.name))})${WORD_AFTER}`;
const WEEKDAY_BEFORE = new RegExp(`${WORD_BEFORE}(${WEEKDAY})\\s*[,،\\-–]?\\s*$`, 'u');
/**
 * Day/month without a year: a date only after a printed weekday ("Thứ Sáu, 13/9") or a cue word
 * ("hôm 14/11", "sáng 13/7"), which say it is not a fraction or a score. They are looked for only
 * where such a pair is printed.
 */
const BARE_DM = new RegExp(`${NOT_NUMBER_BEFORE}(\\d{1,2})[/.](\\d{1,2})${NOT_NUMBER_AFTER}`, 'gu');
const DAY_MONTH_CUE = new RegExp(`${WORD_BEFORE}(?:${phrases(DAY_MONTH_CUES)})\\s+$`, 'u');
/**
 * An agency dateline also says so: the line opens with a place (a few words, each capitalised
 * where the script has capitals) and a comma, and the day/month is followed by a dash, maybe after
 * the agency in brackets ("Viêng Chăn, 12/8 (TTXVN) - …").
 */
const DATELINE_PLACE = /^\s*(?:[\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*\s*){1,4}[,،]\s*$/u;
const DATELINE_AFTER = /\s*(?:\([^()\n]{2,30}\)\s*)?[-–—]/uy;

/** 0-23 : 0-59, optionally seconds; "08h15" as Vietnamese pages print it. */
const CLOCK = '(?:[01]?\\d|2[0-3])(?::[0-5]\\d(?::[0-5]\\d)?|h[0-5]\\d)';
const SEPARATOR = '\\s*(?:[,،|·•\\-–—]\\s*)?';
/** "ساعت ۱۰:۱۵", "lúc 08:15", and a time of day before the clock ("شام ۵:۳۰", "sáng 8:00"). */
const CONNECTOR = `(?:(?:${phrases([...TIME_CONNECTORS, ...MERIDIEM_WORDS])})\\s*:?\\s*)?`;
const HALF_DAY = `\\s*(?:(?:${phrases(MERIDIEM_MARKS)})${WORD_AFTER}` + `|(?:${phrases(MERIDIEM_WORDS)})(?=\\s*(?:$|[|·•,،\\-–—(])))`;
/**
 * A time after the date, matched on lower-case text. A dotted time ("18.02") is too like a number
 * to stand alone: it needs a half-day or a zone after it, or to end the line, which the caller
 * checks.
 */
const TIME_AFTER = new RegExp(
  `${SEPARATOR}${CONNECTOR}(?:(${CLOCK})|((?:[01]?\\d|2[0-3])\\.[0-5]\\d)|((?:1[0-2]|0?[1-9])(?=\\s?[ap]\\.?m)))` +
    `(?![\\p{Nd}])(${HALF_DAY})?`,
  'uy',
);
/** Zones are matched case-sensitively on the folded text: "et", "cat", "wit" are words. */
const zoneName = (offsetFrom: string, abbreviations: readonly string[]) =>
  `(?:${offsetFrom}\\s?[+\\-−]\\s?\\d{1,2}(?::?\\d{2})?|(?:${alternation(abbreviations)})(?![\\p{L}]))`;
const ZONE_NAME = zoneName('(?:GMT|UTC)', ZONE_ABBREVIATIONS);
const ZONE = new RegExp(`\\s*(?:\\(\\s*${ZONE_NAME}\\s*\\)|${ZONE_NAME})`, 'uy');
/**
 * A time before the date ("12:30 21-11-2022", "3:14 PM EDT, Fri June 7, 2024"), matched on
 * lower-case text; a zone it captures must be printed in capitals. Hours and minutes only: a
 * time with seconds before a date is a running page clock ("20:14:59 25/12/2024") beside it.
 */
const LOWER_ZONE = zoneName(
  '(?:gmt|utc)',
  ZONE_ABBREVIATIONS.map((z) => z.toLowerCase()),
);
const TIME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{Nd}:.])(?:(?:${phrases(TIME_CONNECTORS)})\\s+)?(?:[01]?\\d|2[0-3])(?::|h)[0-5]\\d(?![:\\p{Nd}])` +
    `(?:${HALF_DAY})?(?:\\s*\\(?\\s*(${LOWER_ZONE})\\s*\\)?)?\\s*(?:[,،|·\\-–—]\\s*)?$`,
  'du',
);
const YEAR_SUFFIX = new RegExp(`\\s?(?:${alternation(YEAR_SUFFIXES.map(foldForMatching))})(?![\\p{L}\\p{M}\\p{Nd}])`, 'uy');

const allLabels = (table: Record<string, readonly string[]>) => Object.values(table).flat();
const labelByKey = new Map<string, DateLabel>();
for (const l of allLabels(PUBLISHED_LABELS)) labelByKey.set(phraseKey(l), 'published');
for (const l of allLabels(UPDATED_LABELS)) labelByKey.set(phraseKey(l), 'updated');
const LABEL = `(?:${phrases([...allLabels(PUBLISHED_LABELS), ...allLabels(UPDATED_LABELS)])})`;
const LABEL_CONNECTOR = `(?:${phrases(allLabels(LABEL_CONNECTORS))})`;
/** A label that ends the text before a date: "Published: ", "Đăng lúc: ", "| آخر تحديث: ". */
const LABEL_BEFORE = new RegExp(`${WORD_BEFORE}(${LABEL})(?:\\s+${LABEL_CONNECTOR})?\\s*[:：]?\\s*(?:[-–—|·•,،]\\s*)?$`, 'u');
/** Label phrases anywhere, for telling a metadata line from text. */
const LABEL_ANYWHERE = new RegExp(`${WORD_BEFORE}(?:${LABEL})(?:\\s+${LABEL_CONNECTOR})?${WORD_AFTER}`, 'gu');

const relative = Object.values(RELATIVE_TIMES);
const COUNT = `(?:\\d{1,3}\\s*|(?:${phrases(relative.flatMap((r) => r.counts))})\\s+)`;
const UNIT = `(?:${phrases(relative.flatMap((r) => r.units))})`;
/** "2 hours", "2 giờ 15 phút", "۲ ساعت و ۱۵ دقیقه". */
const SPAN = `${COUNT}${UNIT}(?:(?:\\s*,|\\s+(?:${phrases(relative.flatMap((r) => r.and))}))?\\s+${COUNT}${UNIT}){0,2}`;
const AGO_AFTER = phrases(relative.flatMap((r) => r.after));
const AGO_BEFORE = phrases(relative.flatMap((r) => r.before));
/**
 * "3 giờ trước", "2 hours ago", "۲ ساعت پیش", "منذ 3 ساعات", "منذ ساعتين". Not before a number:
 * "منذ يوم 12 مارس" is "since the 12th of March".
 */
const RELATIVE = new RegExp(
  `${WORD_BEFORE}(?:${SPAN}\\s+(?:${AGO_AFTER})|(?:${AGO_BEFORE})\\s+${SPAN}` +
    `|${phrases(relative.flatMap((r) => r.phrases))})${WORD_AFTER}(?!\\s*\\p{Nd})`,
  'gu',
);
/** "Today" or "yesterday", a stamp only when a time follows (so only on lines with digits). */
const RELATIVE_DAY = new RegExp(`${WORD_BEFORE}(?:${phrases(RELATIVE_DAYS)})${WORD_AFTER}`, 'gu');
/**
 * A cheap test that a line may hold an "ago" phrase, before the full pattern runs. Every
 * relative phrase holds one of these words.
 */
const AGO_CUE = new RegExp(`${AGO_AFTER}|${AGO_BEFORE}`, 'u');

/** Every Arabic-script letter that `foldForMatching` merges into another, by the letter it becomes. */
const SPELLINGS = new Map<string, string>();
for (let code = 0x0600; code <= 0x06ff; code++) {
  const ch = String.fromCharCode(code);
  const folded = foldForMatching(ch);
  if (folded !== ch && !/\d/.test(folded)) SPELLINGS.set(folded, (SPELLINGS.get(folded) ?? folded) + ch);
}
/** A source written for folded text, made to match the text as printed (any spelling, any case). */
function printedSource(source: string): string {
  return source.replace(/[\u0600-\u06FF]/gu, (c) => (SPELLINGS.has(c) ? `[${SPELLINGS.get(c)}]` : c));
}
/**
 * Most lines print no date: these two tests, on the line as printed, let them through without
 * folding. Only ASCII, Arabic-Indic and Persian digits are read as dates.
 */
const READ_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const AGO_CUE_PRINTED = new RegExp(printedSource(`${AGO_AFTER}|${AGO_BEFORE}`), 'iu');

const CALENDARS: Record<CalendarId, Calendar> = {
  gregory: new GregorianCalendar(),
  persian: new PersianCalendar(),
  'islamic-umalqura': new IslamicUmalquraCalendar(),
};
const GREGORIAN = CALENDARS.gregory;

/** Whether year/month/day exist in the calendar (no 31 Hut, no 30 February). */
function exists(calendar: CalendarId, year: number, month: number, day: number): boolean {
  const cal = CALENDARS[calendar];
  if (month < 1 || day < 1) return false;
  const first = new CalendarDate(cal, year, 1, 1);
  if (month > cal.getMonthsInYear(first)) return false;
  return day <= cal.getDaysInMonth(new CalendarDate(cal, year, month, 1));
}

/** A day/month pair that exists in some year of that calendar. */
function existsWithoutYear(calendar: CalendarId, month: number, day: number): boolean {
  if (calendar === 'gregory') return exists('gregory', 2024, month, day); // 2024: has 29 February
  if (calendar === 'persian') return month >= 1 && month <= 12 && day >= 1 && day <= (month <= 6 ? 31 : 30);
  return month >= 1 && month <= 12 && day >= 1 && day <= 30;
}

const YEAR_RANGES: Record<CalendarId, [number, number]> = {
  gregory: [1900, 2100],
  persian: [1280, 1480],
  'islamic-umalqura': [1318, 1500],
};

function toGregorian(calendar: CalendarId, year: number, month: number, day: number): string {
  const date = new CalendarDate(CALENDARS[calendar], year, month, day);
  const g = calendar === 'gregory' ? date : toCalendar(date, GREGORIAN);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(g.year, 4)}-${pad(g.month, 2)}-${pad(g.day, 2)}`;
}

interface RawMatch {
  start: number;
  end: number;
  calendar: CalendarId;
  year: number | undefined;
  month: number;
  day: number;
  /** Printed as numbers that read as a date either way round (03/07/2023). */
  ambiguousOrder?: boolean;
}

function int(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number.parseInt(s, 10);
}

/** Calendar of a numeric date, from the size of its year. */
function numericCalendar(year: number, options: FindDateOptions): CalendarId | null {
  if (year >= YEAR_RANGES.gregory[0] && year <= YEAR_RANGES.gregory[1]) return 'gregory';
  if (options.solarHijriNumeric && year >= YEAR_RANGES.persian[0] && year <= YEAR_RANGES.persian[1]) return 'persian';
  return null;
}

function rawMatches(folded: string, lower: string, options: FindDateOptions): RawMatch[] {
  const out: RawMatch[] = [];
  const push = (m: RegExpExecArray, calendar: CalendarId | null, year: number | undefined, month: number, day: number) => {
    if (calendar) out.push({ start: m.index, end: m.index + m[0].length, calendar, year, month, day });
  };

  for (const m of folded.matchAll(DAY_MONTH_YEAR)) {
    const month = monthByName.get(m[2] ?? '');
    const second = m[3] === undefined ? undefined : monthByName.get(m[3]);
    if (!month || (second && (second.month !== month.month || second.calendar !== month.calendar))) continue;
    const year = int(m[4]);
    if ((LATIN_SOLAR.has(month.name) || month.calendar === 'islamic-umalqura') && year === undefined) continue;
    let end = m.index + m[0].length;
    // A year that does not belong to the month's calendar is not part of this date.
    if (year !== undefined && (year < YEAR_RANGES[month.calendar][0] || year > YEAR_RANGES[month.calendar][1])) {
      if (LATIN_SOLAR.has(month.name) || month.calendar === 'islamic-umalqura') continue;
      end = m.index + m[0].length - (m[4]?.length ?? 0);
      const trimmed = folded.slice(m.index, end).replace(/[\s/\-.,،]+$/u, '');
      out.push({
        start: m.index,
        end: m.index + trimmed.length,
        calendar: month.calendar,
        year: undefined,
        month: month.month,
        day: int(m[1]) ?? 0,
      });
      continue;
    }
    push(m, month.calendar, year, month.month, int(m[1]) ?? 0);
  }
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) {
    const month = monthByName.get(m[1] ?? '');
    if (month) push(m, 'gregory', int(m[3]), month.month, int(m[2]) ?? 0);
  }
  for (const m of folded.matchAll(VIETNAMESE_LONG)) {
    const year = int(m[4]);
    push(m, year === undefined ? 'gregory' : numericCalendar(year, {}), year, int(m[3]) ?? 0, int(m[2]) ?? 0);
  }
  for (const m of folded.matchAll(NUMERIC_DMY)) {
    const year = int(m[5]) ?? 0;
    const calendar = numericCalendar(year, options);
    const first = int(m[2]) ?? 0;
    const second = int(m[4]) ?? 0;
    if (!calendar) continue;
    const raw = { start: m.index, end: m.index + m[0].length, calendar, year };
    // Day first, as every supported language writes it; "06/13/2024" can only be month first
    // (American English). Either way round with both parts up to 12 is for the chooser to weigh.
    if (second > 12 && first <= 12 && m[3] === '/') out.push({ ...raw, month: first, day: second });
    else out.push({ ...raw, month: second, day: first, ambiguousOrder: first <= 12 && second <= 12 && first !== second });
  }
  for (const m of folded.matchAll(NUMERIC_YMD)) {
    const year = int(m[1]) ?? 0;
    push(m, numericCalendar(year, options), year, int(m[3]) ?? 0, int(m[4]) ?? 0);
  }
  for (const m of folded.matchAll(NUMERIC_DM)) {
    const paren = m[2] !== undefined;
    if (paren && m[5] === undefined) continue;
    const day = int(m[3]) ?? 0;
    const month = int(m[4]) ?? 0;
    if (paren) {
      // Report the date without its parentheses: "(14/10)" printed the date "14/10".
      const start = m.index + 1;
      out.push({ start, end: m.index + m[0].length - 1, calendar: 'gregory', year: undefined, month, day });
    } else {
      push(m, 'gregory', undefined, month, day);
    }
  }
  for (const m of folded.matchAll(BARE_DM)) {
    const cued =
      DAY_MONTH_CUE.test(lower.slice(Math.max(0, m.index - 16), m.index)) ||
      (m.index <= 48 && DATELINE_PLACE.test(folded.slice(0, m.index)) && stickyAt(DATELINE_AFTER, folded, m.index + m[0].length) !== null);
    if (!cued && weekdayBefore(lower, m.index, 0) === null) continue;
    push(m, 'gregory', undefined, int(m[2]) ?? 0, int(m[1]) ?? 0);
  }
  return out;
}

/** A sticky pattern matched exactly at `at`, without copying the rest of the line. */
function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

interface Span {
  start: number;
  end: number;
}

/** The weekday printed just before `start`, not reaching back past `floor`. */
function weekdayBefore(lower: string, start: number, floor: number): { start: number; day: number } | null {
  const from = Math.max(floor, start - 32);
  const m = WEEKDAY_BEFORE.exec(lower.slice(from, start));
  if (!m) return null;
  const at = from + m.index;
  // The window may cut a word: a name must not be the tail of a longer word.
  if (at > 0 && m.index === 0 && /[\p{L}\p{M}\u200C]/u.test(lower[at - 1] ?? '')) return null;
  const day = weekdayByKey.get(phraseKey(m[1] ?? ''));
  return day === undefined ? null : { start: at, day };
}

/** Start of the time printed just before `start` (not reaching back past `floor`), or null. */
function timeBefore(folded: string, lower: string, start: number, floor: number): number | null {
  const from = Math.max(floor, start - 40);
  const m = TIME_BEFORE.exec(lower.slice(from, start));
  if (!m) return null;
  const at = from + m.index;
  if (at > 0 && m.index === 0 && /[\p{L}\p{M}\p{Nd}:.]/u.test(lower[at - 1] ?? '')) return null;
  const zone = m.indices?.[1];
  if (zone) {
    const zoneText = folded.slice(from + zone[0], from + zone[1]);
    if (zoneText !== zoneText.toUpperCase()) return null;
  }
  return at;
}

/** End of the time (with half-day and zone) printed after `end`, or null. */
function timeAfter(folded: string, lower: string, end: number): number | null {
  const m = stickyAt(TIME_AFTER, lower, end);
  if (!m) return null;
  let timeEnd = end + m[0].length;
  const zone = stickyAt(ZONE, folded, timeEnd);
  if (zone) timeEnd += zone[0].length;
  const dotted = m[2] !== undefined;
  const hourOnly = m[3] !== undefined;
  if (dotted && !zone && !m[4] && folded.slice(timeEnd).trim() !== '') return null;
  if (hourOnly && !m[4]) return null;
  return timeEnd;
}

/** The label printed between the previous date (or the line's start) and this one. */
function labelBefore(lower: string, from: number, start: number): DateLabel | null {
  const m = LABEL_BEFORE.exec(lower.slice(from, start));
  return m ? (labelByKey.get(phraseKey(m[1] ?? '')) ?? null) : null;
}

interface RelativeSpan extends Span {
  hasTime: boolean;
}

/** "Ago" phrases where the line has an ago word; "today 10:30" where it has digits. */
function relativeSpans(folded: string, lower: string, agoCue: boolean, hasDigit: boolean): RelativeSpan[] {
  const out: RelativeSpan[] = [];
  if (agoCue) {
    for (const m of lower.matchAll(RELATIVE)) out.push({ start: m.index, end: m.index + m[0].length, hasTime: false });
  }
  if (hasDigit) {
    for (const m of lower.matchAll(RELATIVE_DAY)) {
      const end = timeAfter(folded, lower, m.index + m[0].length);
      if (end !== null) out.push({ start: m.index, end, hasTime: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function printed(line: string, start: number, end: number): string {
  return stripBidiControls(line.slice(start, end)).trim();
}

/**
 * Every date printed in `line`, in reading order, without overlaps (the longest reading wins),
 * and every relative time ("3 giờ trước"). Never throws.
 */
export function findDates(line: string, options: FindDateOptions = {}): DateCandidate[] {
  const hasDigit = READ_DIGIT.test(line);
  if (!hasDigit && !AGO_CUE_PRINTED.test(line)) return [];
  const folded = foldForMatching(line);
  const lower = lowerSameLength(folded);
  const agoCue = AGO_CUE.test(lower);
  const out: DateCandidate[] = [];
  if (hasDigit) {
    const raw = rawMatches(folded, lower, options).sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = 0;
    for (const r of raw) {
      if (r.start < lastEnd) continue;
      const valid = r.year === undefined ? existsWithoutYear(r.calendar, r.month, r.day) : exists(r.calendar, r.year, r.month, r.day);
      if (!valid) continue;
      const gregorian = r.year === undefined ? null : toGregorian(r.calendar, r.year, r.month, r.day);
      let start = r.start;
      let end = r.end;
      if (r.year !== undefined) {
        const suffix = stickyAt(YEAR_SUFFIX, folded, end);
        if (suffix) end += suffix[0].length;
      }

      let weekdayMismatch = false;
      let hasTime = false;
      const weekday = weekdayBefore(lower, start, lastEnd);
      if (weekday) {
        start = weekday.start;
        if (gregorian) weekdayMismatch = new Date(`${gregorian}T00:00:00Z`).getUTCDay() !== weekday.day;
      }
      const time = timeBefore(folded, lower, start, lastEnd);
      if (time !== null) {
        start = time;
        hasTime = true;
      }
      const timeEnd = timeAfter(folded, lower, end);
      if (timeEnd !== null) {
        end = timeEnd;
        hasTime = true;
      }
      lastEnd = end;

      const parts: DateParts = { day: r.day, month: r.month };
      if (r.year !== undefined) parts.year = r.year;
      out.push({
        start,
        end,
        text: printed(line, start, end),
        calendar: r.calendar,
        parts,
        gregorian,
        weekdayMismatch,
        relative: false,
        ambiguousOrder: r.ambiguousOrder ?? false,
        hasYear: r.year !== undefined,
        hasTime,
        hasWeekday: weekday !== null,
        label: null,
      });
    }
  }
  const dates = out.length;
  let next = 0;
  let lastEnd = 0;
  for (const s of relativeSpans(folded, lower, agoCue, hasDigit)) {
    // Both lists are in reading order: skip the dates that end before this phrase.
    while (next < dates && (out[next]?.end ?? 0) <= s.start) next++;
    if (s.start < lastEnd || (next < dates && (out[next]?.start ?? 0) < s.end)) continue;
    lastEnd = s.end;
    out.push({
      start: s.start,
      end: s.end,
      text: printed(line, s.start, s.end),
      calendar: null,
      parts: {},
      gregorian: null,
      weekdayMismatch: false,
      relative: true,
      ambiguousOrder: false,
      hasYear: false,
      hasTime: s.hasTime,
      hasWeekday: false,
      label: null,
    });
  }
  out.sort((a, b) => a.start - b.start);
  let from = 0;
  for (const c of out) {
    c.label = labelBefore(lower, from, c.start);
    from = c.end;
  }
  return out;
}

/** A clock time anywhere: page headers and sidebars print them next to dates. */
const TIME = /(?<![\p{Nd}:])\d{1,2}:\d{2}(?::\d{2})?(?![\p{Nd}])/gu;
/** `text` with each of the dates found in it (by their offsets) replaced by a space. */
function blankedOut(text: string, found: readonly DateCandidate[]): string {
  let rest = text;
  for (const c of [...found].reverse()) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  return rest;
}

/**
 * The line with its dates and clock times taken out, and the separators they leave at its ends:
 * what else a metadata line says ("Source: Reuters" in "Source: Reuters | 5 March 2024 14:20").
 */
export function withoutDates(line: string): string {
  return blankedOut(line, findDates(line))
    .replace(TIME, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s|·•\-–—,،]+|[\s|·•\-–—,،]+$/gu, '');
}

/** Past this length a line is text, however many dates it holds. */
const MAX_DATE_LINE = 120;
/**
 * Words or numbers a metadata line may hold besides its dates and labels: a place, a temperature
 * ("Hà Nội 24°C"), a short field ("کد خبر: ۲۹۸۷۶۵۴").
 */
const MAX_OTHER_WORDS = 3;

/**
 * A metadata line: dates, relative times, clock times and their labels, separators, and at most a
 * few other words or numbers ("جمعه ۱۵ سرطان ۱۴۰۳ کابل ۰۶:۲۴", "20:14:59 25/12/2024",
 * "June 7, 2024 3:14 PM GMT+1 · Updated 2 hours ago", "کد خبر: ۲۹۸۷۶۵۴ | ۲۵ آبان ۱۴۰۲ - ۰۹:۱۵").
 */
export function isDateLine(line: string, options: FindDateOptions = {}): boolean {
  if (line.length > MAX_DATE_LINE) return false;
  const found = findDates(line, options);
  if (found.length === 0 && !READ_DIGIT.test(line)) return false;
  const rest = blankedOut(foldForMatching(line), found);
  const withoutTimes = rest.replace(TIME, ' ');
  if (found.length === 0 && withoutTimes === rest) return false;
  const others = lowerSameLength(withoutTimes)
    .replace(LABEL_ANYWHERE, ' ')
    .match(/\p{Nd}+(?:[.,]\p{Nd}+)*(?:\s?°\s?\p{L}?|%)?|[\p{L}\p{M}\u200C]+/gu);
  return (others?.length ?? 0) <= MAX_OTHER_WORDS;
}
