import type { AppLocale } from './routing';

// Numbering systems are explicit: server and browser ICU differ in their defaults, and a
// difference shows up as a hydration error. Arabic UI uses Arabic-Indic digits on purpose.
const DATE_LOCALE: Record<AppLocale, string> = {
  en: 'en-u-nu-latn',
  vi: 'vi-u-nu-latn',
  ar: 'ar-u-nu-arab',
  'fa-AF': 'fa-AF-u-ca-persian-nu-arabext',
};

// Building an Intl formatter costs far more than using one (loading locale and calendar data):
// a list or article page formats hundreds of dates and counts, so each formatter is made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(DATE_LOCALE[locale], { ...options, timeZone: 'UTC' })));
  return format;
}

export function numberLocale(locale: AppLocale): string {
  return DATE_LOCALE[locale].replace('-ca-persian', '');
}

/** A stored Gregorian date in the UI locale's calendar, as precise as the source printed it. */
export function formatArticleDate(iso: string, precision: 'day' | 'month' | 'year' | null, locale: AppLocale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateFormat(locale, options).format(date);
}

export function formatDateTime(iso: string, locale: AppLocale): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A histogram bucket label: `2024-07` as a month, `2024` as a year, in the UI calendar. */
export function formatBucket(key: string, locale: AppLocale, style: 'short' | 'long' = 'long'): string {
  const [year, month] = key.split('-').map(Number) as [number, number | undefined];
  // Mid-month, so that the Persian calendar names the solar month that covers most of it.
  const date = new Date(Date.UTC(year, (month ?? 7) - 1, 15));
  const options: Intl.DateTimeFormatOptions = month === undefined ? { year: 'numeric' } : { year: 'numeric', month: style };
  return dateFormat(locale, options).format(date);
}

export function formatNumber(value: number, locale: AppLocale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(numberLocale(locale))));
  return format.format(value);
}

const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: AppLocale): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(tag: string, locale: AppLocale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function pairName(pair: readonly [string, string] | string, locale: AppLocale): string {
  const [a, b] = typeof pair === 'string' ? pair.split('-') : pair;
  return `${countryName(a ?? '', locale)} – ${countryName(b ?? '', locale)}`;
}
