import { Prisma } from '../db/generated/client';
import { settings } from '../env';

/**
 * Counting a search reads every match from the table: about 8 µs a match, so a word found in a
 * quarter of a million articles took 2.3 s alone and 6–7 s under load. Such a search is counted
 * from a sample instead, and says so. The sample is the articles whose id hashes into the first
 * `buckets` of 1024 buckets; the hash is the search index's second column (migration
 * 20261127180000_search_sample), so the index hands over only the sampled matches. The same ids
 * are always in the sample, so the same search estimates the same numbers every time.
 */
export const SAMPLE_BUCKETS = 1024;

/**
 * The first look, at one article in 256, that estimates how many articles a search matches: it
 * only sizes the sample, so a rough answer will do (±3 % for a word in a quarter of a million).
 */
export const PROBE_BUCKETS = 4;

export interface Sampling {
  /** Up to this many matches (as the probe estimates them) a search is counted exactly. */
  exactUpTo: number;
  /** How many matches a sample should hold: about ±1.5 % on the total, ±15 % on a value holding 1 % of the matches. */
  target: number;
}

/**
 * SEARCH_EXACT_COUNT_UP_TO and SEARCH_SAMPLE_SIZE (lib/env.ts), for a machine with more CPU to
 * spend on exact counts (or less).
 */
export const DEFAULT_SAMPLING: Sampling = { exactUpTo: settings().SEARCH_EXACT_COUNT_UP_TO, target: settings().SEARCH_SAMPLE_SIZE };

/**
 * Fewer sampled matches of the view than this (±18% and worse) and a sample says too little: a
 * view narrowed to a small part of a common word's matches (one source, a short date range) is
 * counted exactly instead, as it would otherwise read "about 0 articles" above a page of them.
 */
export const MIN_SAMPLED_VIEW = 30;

/**
 * The articles in the first `buckets` buckets, written exactly as the index's expression so that
 * the index serves it (1023 is SAMPLE_BUCKETS - 1).
 */
export function inSample(buckets: number): Prisma.Sql {
  return Prisma.sql`(hashtext(id) & 1023) < ${buckets}::int`;
}

/** A probe's count scaled to the whole collection. */
export const probeEstimate = (probeCount: number) => (probeCount * SAMPLE_BUCKETS) / PROBE_BUCKETS;

/**
 * How many buckets to count a search over, given the probe's estimate of its matches; null to
 * count every match.
 */
export function sampleBuckets(estimate: number, sampling: Sampling): number | null {
  if (estimate <= sampling.exactUpTo) return null;
  const buckets = Math.min(SAMPLE_BUCKETS, Math.max(PROBE_BUCKETS, Math.ceil((SAMPLE_BUCKETS * sampling.target) / estimate)));
  return buckets === SAMPLE_BUCKETS ? null : buckets;
}

/**
 * A count over the sample, scaled to the collection and rounded to the order of its standard error
 * (the scaled count over √count): finer digits would be noise. A value the sample saw is at least 1.
 */
export function estimateFromSample(count: number, buckets: number): number {
  if (count === 0) return 0;
  const scaled = (count * SAMPLE_BUCKETS) / buckets;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(scaled / Math.sqrt(count))));
  return Math.max(1, Math.round(scaled / unit) * unit);
}
