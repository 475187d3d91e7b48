import { CalendarDate, GregorianCalendar, parseDate, PersianCalendar, toCalendar } from '@internationalized/date';

/**
 * The Solar Hijri calendar (the Dari UI's calendar) in both directions, and its months as
 * Gregorian ranges: the database stores Gregorian dates and the URL keeps ISO ones, while a Dari
 * reader sees and types Solar Hijri ones. The conversion is `@internationalized/date`'s, as the
 * ingester's (lib/ingest/dates.ts); its tests hold it to ICU, which prints every date the reader
 * sees (lib/i18n/format.ts), so what is printed and what is selected are the same day.
 */

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

/** A Solar Hijri month (or year) as the inclusive Gregorian range it covers. */
export interface SolarSpan {
  /** `YYYY-MM` (Solar Hijri year and month) or `YYYY` for a year. */
  key: string;
  from: string;
  to: string;
}

const PERSIAN = new PersianCalendar();
const GREGORIAN = new GregorianCalendar();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const addDays = (iso: string, days: number) => parseDate(iso).add({ days }).toString();
const solarOf = (iso: string) => toCalendar(parseDate(iso), PERSIAN);
const isoOf = (date: CalendarDate) => toCalendar(date, GREGORIAN).toString();

/** The Solar Hijri date of a Gregorian `YYYY-MM-DD`. */
export function solarDate(iso: string): SolarDate {
  const { year, month, day } = solarOf(iso);
  return { year, month, day };
}

/**
 * The Gregorian `YYYY-MM-DD` of a Solar Hijri date, or null when that date does not exist
 * (month 13, 31 Mizan, 30 Hut outside a leap year).
 */
export function gregorianOf({ year, month, day }: SolarDate): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9000 || month < 1 || month > 12 || day < 1) return null;
  // CalendarDate clamps a day past the month's end, so the month's length is checked first.
  if (day > PERSIAN.getDaysInMonth(new CalendarDate(PERSIAN, year, month, 1))) return null;
  return isoOf(new CalendarDate(PERSIAN, year, month, day));
}

/** A Solar Hijri month's `key` (`YYYY-MM`), as its SolarSpan carries it. */
export const solarMonthKey = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;

/** The Solar Hijri month holding a Gregorian date, as the Gregorian range it covers. */
export function solarMonthOf(iso: string): SolarSpan {
  const date = solarOf(iso);
  const from = isoOf(date.set({ day: 1 }));
  const to = isoOf(date.set({ day: PERSIAN.getDaysInMonth(date) }));
  return { key: solarMonthKey(date.year, date.month), from, to };
}

/** The Solar Hijri year holding a Gregorian date, as the Gregorian range it covers. */
export function solarYearOf(iso: string): SolarSpan {
  const { year } = solarDate(iso);
  return {
    key: pad(year, 4),
    from: gregorianOf({ year, month: 1, day: 1 })!,
    to: addDays(gregorianOf({ year: year + 1, month: 1, day: 1 })!, -1),
  };
}

/** Every Solar Hijri month (or year) from the one holding `from` to the one holding `to`, in order. */
export function solarSpans(from: string, to: string, unit: 'month' | 'year'): SolarSpan[] {
  const spans: SolarSpan[] = [];
  const of = unit === 'month' ? solarMonthOf : solarYearOf;
  for (let span = of(from); ; span = of(addDays(span.to, 1))) {
    spans.push(span);
    if (span.to >= to) return spans;
  }
}

/** Solar Hijri months between the months holding two Gregorian dates, both counted. */
export function solarMonthsSpanned(from: string, to: string): number {
  const a = solarDate(from);
  const b = solarDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** A Gregorian date as the Dari reader types it: `۱۴۰۳-۰۲-۱۲`, year first. */
export function solarInputValue(iso: string): string {
  const { year, month, day } = solarDate(iso);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!);
}
