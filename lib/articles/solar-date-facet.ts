import 'server-only';
import { readDb } from '../db/client';
import { solarMonthsSpanned, solarSpans, type SolarSpan } from '../i18n/solar-hijri';
import { countKey } from './count-cache';
import { solarMonthsFromTable } from './facet-counts';
import { CORPUS_VERSION, corpusVersion, KEPT_SEARCHES } from './corpus-version';
import { MAX_MONTH_BUCKETS } from './date-buckets';
import type { ArticleFilters } from './filters';
import type { DateBucket, DateFacet } from './types';
import { VersionedCache } from './versioned-cache';
import { whereClause } from './where';

/**
 * The date facet in the Solar Hijri calendar, for the Dari UI: a bar per Solar Hijri month (or
 * year), each covering exactly that month's Gregorian days. Solar months start between the 19th
 * and the 23rd of a Gregorian month, so facet_count's Gregorian months cannot be summed into them.
 * Where facet_count holds the view exactly it keeps Solar months too, kept by the same triggers.
 * Elsewhere (a search, or selections facet_count does not keep) the articles are counted by Solar
 * month in one pass, `width_bucket` placing each date among the months' first days (computed with
 * ICU, passed as one bound array); that result is kept under the corpus version.
 *
 * `gregorian` is the same view's Gregorian facet: its range bounds the months to count, and its
 * undated count is the same in any calendar. When its counts are estimates from a sample
 * (`approximate`), each Gregorian bar's estimate is shared among the Solar months by the days they
 * have in common: counting a large search's every match is what the sample avoids.
 */
export async function solarDateFacet(filters: ArticleFilters, gregorian: DateFacet, approximate: boolean): Promise<DateFacet> {
  const { buckets, undated } = gregorian;
  if (buckets.length === 0) return { unit: 'month', buckets: [], undated };
  const months = solarSpans(buckets[0]!.from, buckets.at(-1)!.to, 'month');
  const counts = approximate ? apportioned(months, buckets) : await exact(filters, months);
  return inUnits(trimmed(months.map((span, i) => ({ ...span, count: counts[i] ?? 0 }))), undated);
}

const kept = new VersionedCache<number[]>(KEPT_SEARCHES);

/** The cache's use so far, for tests. */
export const solarCountCacheHits = () => kept.hits;

/** Articles of the view (its own dates aside) per month of `months`, in their order. */
async function exact(filters: ArticleFilters, months: SolarSpan[]): Promise<number[]> {
  const fromTable = await solarMonthsFromTable(filters);
  return fromTable ? months.map((m) => fromTable.get(m.key) ?? 0) : counted(filters, months);
}

/** As `exact`, counted from the articles. */
function counted(filters: ArticleFilters, months: SolarSpan[]): Promise<number[]> {
  // The facet ignores its own selection, so every date range of one view shares its counts.
  const ownDatesAside = { ...filters, from: null, to: null, undated: false };
  const firstDays = [...months.map((m) => m.from), nextDay(months.at(-1)!.to)];
  return kept.keep(`${countKey(ownDatesAside)}|${firstDays[0]}|${firstDays.at(-1)}`, corpusVersion, async () => {
    const rows = await readDb().$queryRaw<{ bucket: number; count: number; version: string | null }[]>`
      SELECT width_bucket(published_at, ${firstDays}::date[]) AS bucket, count(*)::int AS count, NULL AS version
      FROM article WHERE ${whereClause(filters, 'date')} AND published_at IS NOT NULL GROUP BY 1
      UNION ALL SELECT -1, 0, ${CORPUS_VERSION}`;
    const counts = months.map(() => 0);
    // Bucket i holds the dates from the i-th first day up to the next; 0 and beyond are outside.
    for (const { bucket, count } of rows) if (bucket >= 1 && bucket <= months.length) counts[bucket - 1] = count;
    return { value: Object.freeze(counts) as number[], version: rows.find((r) => r.bucket === -1)!.version };
  });
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const nextDay = (iso: string) => new Date(time(iso) + DAY).toISOString().slice(0, 10);
const daysIn = (from: string, to: string) => Math.max(0, (time(to) - time(from)) / DAY + 1);

/** Each Gregorian bucket's count shared among the Solar months by the days they have in common. */
function apportioned(months: SolarSpan[], buckets: DateBucket[]): number[] {
  return months.map((month) => {
    let share = 0;
    for (const bucket of buckets) {
      const common = daysIn(month.from > bucket.from ? month.from : bucket.from, month.to < bucket.to ? month.to : bucket.to);
      if (common > 0) share += (bucket.count * common) / daysIn(bucket.from, bucket.to);
    }
    return Math.round(share);
  });
}

type Counted = SolarSpan & { count: number };

/** Without the empty months before the first article and after the last. */
function trimmed(months: Counted[]): Counted[] {
  const first = months.findIndex((m) => m.count > 0);
  if (first === -1) return [];
  return months.slice(first, months.findLastIndex((m) => m.count > 0) + 1);
}

/** Months as bars, or years past as many months as the Gregorian histogram shows (see date-buckets). */
function inUnits(months: Counted[], undated: number): DateFacet {
  if (months.length === 0) return { unit: 'month', buckets: [], undated };
  if (solarMonthsSpanned(months[0]!.from, months.at(-1)!.to) <= MAX_MONTH_BUCKETS) return { unit: 'month', buckets: months, undated };
  const years = solarSpans(months[0]!.from, months.at(-1)!.to, 'year').map((year) => ({
    ...year,
    count: months.filter((m) => m.from >= year.from && m.to <= year.to).reduce((n, m) => n + m.count, 0),
  }));
  return { unit: 'year', buckets: years, undated };
}
