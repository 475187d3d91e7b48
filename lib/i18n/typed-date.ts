import { gregorianOf } from './solar-hijri';

/**
 * A date as a reader types it into From/To, as the Gregorian `YYYY-MM-DD` the URL and the database
 * use, or null when it is no date. Year, month and day in that order, separated by `-`, `/` or `.`,
 * in ASCII, Persian (۰-۹) or Arabic-Indic (٠-٩) digits. A year from 1200 to 1699 is a Solar Hijri
 * year (Gregorian 1821-2321): no article in the reading room is dated in the Gregorian years of
 * that number, and a Dari reader types `۱۴۰۳-۰۲-۱۲` or `1403-02-12` for 12 Sawr 1403. Any other
 * year is Gregorian, so an ISO date reads as itself in every UI language.
 */
export function typedDate(raw: string): string | null {
  const text = raw
    // Direction marks a right-to-left input or a paste may carry.
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .trim();
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year >= SOLAR_YEARS.from && year <= SOLAR_YEARS.to) return gregorianOf({ year, month, day });
  const iso = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** The years typedDate reads as Solar Hijri. */
export const SOLAR_YEARS = { from: 1200, to: 1699 } as const;
