/**
 * Finds printed dates in a line and picks the article's own date from the page header and the
 * first body paragraphs. Works on a length-preserving folded copy of each line (ASCII digits,
 * unified Arabic/Persian letters), so the span found there is cut from the line as printed.
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
import { alternation, foldForMatching, stripBidiControls } from './text';

export interface DateCandidate {
  /** Span in the line, after adding a weekday before and a time after the date. */
  start: number;
  end: number;
  text: string;
  calendar: CalendarId;
  /** As printed, in `calendar`. */
  parts: DateParts;
  /** Gregorian `YYYY-MM-DD`, when the printed date is complete and exists. */
  gregorian: string | null;
  /** A weekday was printed and does not fit the date: the date is not trusted. */
  weekdayMismatch: boolean;
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

const weekdayByName = new Map<string, number>();
for (const w of WEEKDAYS) weekdayByName.set(foldForMatching(w.name), w.day);
const WEEKDAY_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(${alternation([...weekdayByName.keys()])})\\s*[,،\\-–]?\\s*$`, 'u');
const TIME_AFTER = new RegExp(
  `^\\s*(?:[-–—|,،]\\s*)?(?:lúc\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\p{Nd}])(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|ق\\.ظ|ب\\.ظ|[صم])${NOT_LETTER_AFTER})?`,
  'u',
);
/** A clock time anywhere: page headers and sidebars print them next to dates. */
const TIME = /(?<![\p{Nd}:])\d{1,2}:\d{2}(?::\d{2})?(?![\p{Nd}])/u;

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

function rawMatches(folded: string, options: FindDateOptions): RawMatch[] {
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
      out.push({ start: m.index, end: m.index + trimmed.length, calendar: month.calendar, year: undefined, month: month.month, day: int(m[1]) ?? 0 });
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
    push(m, numericCalendar(year, options), year, int(m[4]) ?? 0, int(m[2]) ?? 0);
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
  return out;
}

/** Every date printed in `line`, in reading order, without overlaps (the longest reading wins). */
export function findDates(line: string, options: FindDateOptions = {}): DateCandidate[] {
  const folded = foldForMatching(line);
  if (!/\p{Nd}/u.test(folded)) return [];
  const raw = rawMatches(folded, options).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateCandidate[] = [];
  let lastEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue;
    const valid = r.year === undefined ? existsWithoutYear(r.calendar, r.month, r.day) : exists(r.calendar, r.year, r.month, r.day);
    if (!valid) continue;
    lastEnd = r.end;
    let start = r.start;
    let end = r.end;
    const gregorian = r.year === undefined ? null : toGregorian(r.calendar, r.year, r.month, r.day);

    let weekdayMismatch = false;
    const before = WEEKDAY_BEFORE.exec(folded.slice(Math.max(0, start - 24), start));
    if (before) {
      start -= before[0].length;
      const printed = weekdayByName.get(before[1] ?? '');
      if (gregorian && printed !== undefined) {
        weekdayMismatch = new Date(`${gregorian}T00:00:00Z`).getUTCDay() !== printed;
      }
    }
    const time = TIME_AFTER.exec(folded.slice(end));
    if (time) end += time[0].length;
    lastEnd = end;

    const parts: DateParts = { day: r.day, month: r.month };
    if (r.year !== undefined) parts.year = r.year;
    out.push({
      start,
      end,
      text: stripBidiControls(line.slice(start, end)).trim(),
      calendar: r.calendar,
      parts,
      gregorian,
      weekdayMismatch,
    });
  }
  return out;
}

/**
 * A page-clock or timestamp line: a date or time with at most a couple of other words
 * ("جمعه ۱۵ سرطان ۱۴۰۳ کابل ۰۶:۲۴", "20:14:59 25/12/2024", "Cập nhật: 10:30 15/1/2015").
 */
export function isDateLine(line: string): boolean {
  if (line.length > 80 || !/\p{Nd}/u.test(line)) return false;
  let rest = line;
  for (const c of findDates(line).reverse()) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  const hadTime = TIME.test(rest);
  if (rest === line && !hadTime) return false;
  rest = rest.replace(new RegExp(TIME.source, 'gu'), ' ');
  const words = rest.match(/[\p{L}\p{M}\u200C]+/gu) ?? [];
  return words.length <= 3 && !/\p{Nd}{3,}/u.test(rest);
}
