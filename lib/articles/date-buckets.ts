import type { DateBucket, DateFacet } from './types';

// Past three years a bar per month gets too thin to read or to click; bars become years.
export const MAX_MONTH_BUCKETS = 36;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Turns per-month counts into the histogram's bars: every month (or year) between the first and
 * the last dated article, empty ones included, so the bars' spacing reads as time.
 */
export function buildDateFacet(months: { month: string; count: number }[], undated: number): DateFacet {
  if (months.length === 0) return { unit: 'month', buckets: [], undated };
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const [firstYear, firstMonth] = sorted[0]!.month.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = sorted.at(-1)!.month.split('-').map(Number) as [number, number];
  const span = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  const counts = new Map(sorted.map((m) => [m.month, m.count]));

  if (span <= MAX_MONTH_BUCKETS) {
    const buckets: DateBucket[] = [];
    for (let i = 0; i < span; i++) {
      const year = firstYear + Math.floor((firstMonth - 1 + i) / 12);
      const month = ((firstMonth - 1 + i) % 12) + 1;
      const key = `${year}-${pad(month)}`;
      buckets.push({ key, from: `${key}-01`, to: `${key}-${pad(lastDayOfMonth(year, month))}`, count: counts.get(key) ?? 0 });
    }
    return { unit: 'month', buckets, undated };
  }

  const byYear = new Map<number, number>();
  for (const { month, count } of sorted) {
    const year = Number(month.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + count);
  }
  const buckets: DateBucket[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    buckets.push({ key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, count: byYear.get(year) ?? 0 });
  }
  return { unit: 'year', buckets, undated };
}
