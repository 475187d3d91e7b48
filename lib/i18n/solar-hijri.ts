/**
 * The Solar Hijri calendar as ICU has it (the Dari UI's calendar), in both directions, and its
 * months as Gregorian ranges: the database stores Gregorian dates and the URL keeps ISO ones, while
 * a Dari reader sees and types Solar Hijri ones. ICU is the reference because it also prints every
 * date the reader sees (lib/i18n/format.ts); converting with it keeps what is printed and what is
 * selected the same day.
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

const DAY = 86_400_000;

// Made once: building an Intl formatter costs far more than using one.
const solarParts = new Intl.DateTimeFormat('fa-AF-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function timeOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function addDays(iso: string, days: number): string {
  return toIso(timeOf(iso) + days * DAY);
}

/** The Solar Hijri date of a Gregorian `YYYY-MM-DD`. */
export function solarDate(iso: string): SolarDate {
  const parts = solarParts.formatToParts(new Date(timeOf(iso)));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

// Days before a month's first day within its year: six months of 31 days, five of 30, then Hut.
const dayOfYear = (month: number, day: number) => (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day;

/**
 * The Gregorian `YYYY-MM-DD` of a Solar Hijri date, or null when that date does not exist
 * (month 13, 31 Mizan, 30 Hut outside a leap year).
 */
export function gregorianOf({ year, month, day }: SolarDate): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // 25 March always falls early in Hamal of the Solar year 621 behind it (Nowruz is 19-22 March).
  const anchor = `${pad(year + 621, 4)}-03-25`;
  const start = solarDate(anchor);
  const iso = addDays(anchor, dayOfYear(month, day) - dayOfYear(start.month, start.day));
  const back = solarDate(iso);
  return back.year === year && back.month === month && back.day === day ? iso : null;
}

/** The Solar Hijri month holding a Gregorian date, as the Gregorian range it covers. */
export function solarMonthOf(iso: string): SolarSpan {
  const { year, month, day } = solarDate(iso);
  const from = addDays(iso, 1 - day);
  // Every month has 29 to 31 days: 32 days on is early in the next one.
  const later = addDays(from, 32);
  const to = addDays(later, -solarDate(later).day);
  return { key: `${pad(year, 4)}-${pad(month)}`, from, to };
}

/** The Solar Hijri year holding a Gregorian date, as the Gregorian range it covers. */
export function solarYearOf(iso: string): SolarSpan {
  const { year } = solarDate(iso);
  return { key: pad(year, 4), from: gregorianOf({ year, month: 1, day: 1 })!, to: addDays(gregorianOf({ year: year + 1, month: 1, day: 1 })!, -1) };
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
