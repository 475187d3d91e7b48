import { describe, expect, it } from 'vitest';
import { estimateFromSample, inSample, PROBE_BUCKETS, probeEstimate, SAMPLE_BUCKETS, sampleBuckets } from './search-sample';

describe('search sampling', () => {
  const sampling = { exactUpTo: 20_000, target: 5_000 };

  it('counts exactly up to the limit, and samples above it about `target` matches', () => {
    expect(sampleBuckets(0, sampling)).toBeNull();
    expect(sampleBuckets(20_000, sampling)).toBeNull();
    // 280,000 matches: 19 of 1024 buckets hold about 5,200 of them.
    expect(sampleBuckets(280_000, sampling)).toBe(19);
    expect((280_000 * 19) / SAMPLE_BUCKETS).toBeGreaterThanOrEqual(5_000);
    // Just above the limit a quarter of the collection is read.
    expect(sampleBuckets(20_001, sampling)).toBe(256);
  });

  it('never samples less than the probe did, and never all buckets (that is an exact count)', () => {
    expect(sampleBuckets(50_000_000, sampling)).toBe(PROBE_BUCKETS);
    expect(sampleBuckets(6_000, { exactUpTo: 100, target: 10_000 })).toBeNull();
  });

  it('names the buckets as the search index does', () => {
    expect(inSample(19).sql).toContain(`(hashtext(id) & ${SAMPLE_BUCKETS - 1}) <`);
    expect(inSample(19).values).toEqual([19]);
  });

  it('scales a probe to the collection', () => {
    expect(probeEstimate(0)).toBe(0);
    expect(probeEstimate(1_090)).toBe(279_040);
  });

  it('scales a sample count and rounds it to its standard error, never rounding a seen value to nothing', () => {
    expect(estimateFromSample(0, 19)).toBe(0);
    // 278,743 ± 3,876.
    expect(estimateFromSample(5_172, 19)).toBe(279_000);
    // 53.9 ± 53.9.
    expect(estimateFromSample(1, 19)).toBe(50);
    expect(estimateFromSample(1, 1000)).toBe(1);
    expect(estimateFromSample(3, 1000)).toBe(3);
    expect(estimateFromSample(1_000, 512)).toBe(2_000);
    expect(estimateFromSample(1_234, 256)).toBe(4_900);
  });
});
