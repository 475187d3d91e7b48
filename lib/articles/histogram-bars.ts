import type { DateBucket, DateFacet } from './types';

// Bar heights in 5% steps as written-out classes: the page's Content-Security-Policy blocks
// inline style attributes, and Tailwind only generates classes it finds spelled out.
const BAR_HEIGHTS = [
  'h-[5%]',
  'h-[10%]',
  'h-[15%]',
  'h-[20%]',
  'h-[25%]',
  'h-[30%]',
  'h-[35%]',
  'h-[40%]',
  'h-[45%]',
  'h-[50%]',
  'h-[55%]',
  'h-[60%]',
  'h-[65%]',
  'h-[70%]',
  'h-[75%]',
  'h-[80%]',
  'h-[85%]',
  'h-[90%]',
  'h-[95%]',
  'h-full',
];

/** A bar's height class: at least the lowest step for any article, so that one is never mistaken for none. */
export function barHeight(count: number, max: number): string {
  return BAR_HEIGHTS[Math.min(BAR_HEIGHTS.length, Math.max(1, Math.round((count / max) * BAR_HEIGHTS.length))) - 1]!;
}

/** Whether a bar's period meets the chosen dates (either end may be open); false when none are chosen. */
export function inRange(bucket: DateBucket, from: string | null, to: string | null): boolean {
  if (!from && !to) return false;
  return (!from || bucket.to >= from) && (!to || bucket.from <= to);
}

/**
 * Which bars carry a label under the histogram: every year's first month (or, with a bar per
 * year, every few years so that about eight are labelled), and the first bar when the first
 * labelled year is far enough from it not to collide.
 */
export function labelledBars(facet: DateFacet): Set<number> {
  const labelled = new Set<number>();
  const { buckets, unit } = facet;
  if (unit === 'year') {
    const step = Math.max(1, Math.ceil(buckets.length / 8));
    for (let i = 0; i < buckets.length; i += step) labelled.add(i);
    return labelled;
  }
  for (const [i, bucket] of buckets.entries()) if (bucket.key.endsWith('-01')) labelled.add(i);
  const firstYear = Math.min(...labelled);
  if (labelled.size === 0 || firstYear >= 3) labelled.add(0);
  return labelled;
}

/** The bar that Tab reaches: the first in the chosen dates, else the latest. */
export function tabStop(buckets: DateBucket[], from: string | null, to: string | null): number {
  const chosen = buckets.findIndex((b) => inRange(b, from, to));
  return chosen === -1 ? buckets.length - 1 : chosen;
}
