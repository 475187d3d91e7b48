import { describe, expect, it } from 'vitest';
import { buildDateFacet } from './date-buckets';
import { barHeight, inRange, labelledBars, tabStop } from './histogram-bars';

const months = (from: string, n: number) => {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => ({
    month: `${y + Math.floor((m - 1 + i) / 12)}-${String(((m - 1 + i) % 12) + 1).padStart(2, '0')}`,
    count: i,
  }));
};

describe('histogram bars', () => {
  it('give any article a visible bar and the largest the full height', () => {
    expect(barHeight(1, 10_000)).toBe('h-[5%]');
    expect(barHeight(10_000, 10_000)).toBe('h-full');
    expect(barHeight(5_000, 10_000)).toBe('h-[50%]');
  });

  it('mark the bars that meet the chosen dates, open ends included', () => {
    const may = { key: '2024-05', from: '2024-05-01', to: '2024-05-31', count: 1 };
    expect(inRange(may, null, null)).toBe(false);
    expect(inRange(may, '2024-05-31', null)).toBe(true);
    expect(inRange(may, '2024-06-01', null)).toBe(false);
    expect(inRange(may, null, '2024-05-01')).toBe(true);
    expect(inRange(may, '2024-04-20', '2024-04-30')).toBe(false);
    expect(inRange(may, '2024-04-20', '2024-05-20')).toBe(true);
  });

  it('label every year, and the first bar when the first year is far from it', () => {
    const facet = buildDateFacet(months('2023-03', 24), 0);
    expect([...labelledBars(facet)].sort((a, b) => a - b)).toEqual([0, 10, 22]);
    const close = buildDateFacet(months('2023-11', 12), 0);
    expect([...labelledBars(close)]).toEqual([2]);
    const years = buildDateFacet(
      [
        { month: '2000-01', count: 1 },
        { month: '2023-01', count: 1 },
      ],
      0,
    );
    expect([...labelledBars(years)]).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
  });

  it('give Tab the first chosen bar, else the latest', () => {
    const facet = buildDateFacet(months('2024-01', 6), 0);
    expect(tabStop(facet.buckets, null, null)).toBe(5);
    expect(tabStop(facet.buckets, '2024-03-15', null)).toBe(2);
  });
});
