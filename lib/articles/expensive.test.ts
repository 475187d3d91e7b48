import { describe, expect, it } from 'vitest';
import { isExpensive, takeExpensiveSlot } from './expensive';
import { EMPTY_FILTERS } from './filters';

describe('what counts as expensive', () => {
  const cursor = { direction: 'after' as const, date: '2024-01-01', createdAt: 1, id: '0123456789ab' };

  it('is every export, exact count, exclusion-only search and page far from the first without a cursor', () => {
    expect(isExpensive(EMPTY_FILTERS, 'export')).toBe(true);
    expect(isExpensive({ ...EMPTY_FILTERS, q: 'trade', exactCounts: true }, 'list')).toBe(true);
    expect(isExpensive({ ...EMPTY_FILTERS, q: '-trade' }, 'list')).toBe(true);
    expect(isExpensive({ ...EMPTY_FILTERS, page: 11 }, 'list')).toBe(true);
  });

  it('is not a plain list, a search with a word, a near page, or a deep page reached by its cursor', () => {
    expect(isExpensive(EMPTY_FILTERS, 'list')).toBe(false);
    expect(isExpensive({ ...EMPTY_FILTERS, q: 'trade -oil' }, 'list')).toBe(false);
    expect(isExpensive({ ...EMPTY_FILTERS, page: 10 }, 'list')).toBe(false);
    expect(isExpensive({ ...EMPTY_FILTERS, page: 400, cursor }, 'list')).toBe(false);
  });
});

describe('slots for expensive work', () => {
  it('hands out as many as the limit, then none until one is given back, once', () => {
    const first = takeExpensiveSlot(2);
    const second = takeExpensiveSlot(2);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(takeExpensiveSlot(2)).toBeNull();
    first!();
    first!();
    const third = takeExpensiveSlot(2);
    expect(third).not.toBeNull();
    expect(takeExpensiveSlot(2)).toBeNull();
    second!();
    third!();
  });
});
