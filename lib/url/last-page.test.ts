import { describe, expect, it } from 'vitest';
import { reachableLastPage } from './last-page';

describe('reachableLastPage', () => {
  it('gives an exact page count within the numbered depth', () => {
    expect(reachableLastPage({ pageCount: 7, pageCountEstimated: false }, 50)).toBe(7);
    expect(reachableLastPage({ pageCount: 50, pageCountEstimated: false }, 50)).toBe(50);
  });

  it('gives none past the depth reached by number, or for an estimate', () => {
    expect(reachableLastPage({ pageCount: 51, pageCountEstimated: false }, 50)).toBeNull();
    expect(reachableLastPage({ pageCount: 7, pageCountEstimated: true }, 50)).toBeNull();
  });
});
