import { describe, expect, it } from 'vitest';
import { buildDateFacet } from './date-buckets';

describe('buildDateFacet', () => {
  it('fills empty months between the first and last dated article', () => {
    const facet = buildDateFacet(
      [
        { month: '2024-09', count: 2 },
        { month: '2024-07', count: 1 },
      ],
      3,
    );
    expect(facet.unit).toBe('month');
    expect(facet.undated).toBe(3);
    expect(facet.buckets).toEqual([
      { key: '2024-07', from: '2024-07-01', to: '2024-07-31', count: 1 },
      { key: '2024-08', from: '2024-08-01', to: '2024-08-31', count: 0 },
      { key: '2024-09', from: '2024-09-01', to: '2024-09-30', count: 2 },
    ]);
  });

  it('ends February on the right day in leap years', () => {
    expect(buildDateFacet([{ month: '2024-02', count: 1 }], 0).buckets[0]?.to).toBe('2024-02-29');
    expect(buildDateFacet([{ month: '2023-02', count: 1 }], 0).buckets[0]?.to).toBe('2023-02-28');
  });

  it('switches to years past three years of months', () => {
    const facet = buildDateFacet(
      [
        { month: '2010-03', count: 4 },
        { month: '2010-11', count: 1 },
        { month: '2024-01', count: 2 },
      ],
      0,
    );
    expect(facet.unit).toBe('year');
    expect(facet.buckets).toHaveLength(15);
    expect(facet.buckets[0]).toEqual({ key: '2010', from: '2010-01-01', to: '2010-12-31', count: 5 });
    expect(facet.buckets.at(-1)).toEqual({ key: '2024', from: '2024-01-01', to: '2024-12-31', count: 2 });
  });

  it('has no bars without dated articles', () => {
    expect(buildDateFacet([], 5)).toEqual({ unit: 'month', buckets: [], undated: 5 });
  });
});
