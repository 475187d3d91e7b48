import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters';
import { nextPageQuery } from './next-page';

const last = { date: '2024-03-01', createdAt: 1700000000000, id: '0123456789ab' };

describe('the next page’s query', () => {
  it('carries the keyset cursor in date order', () => {
    expect(nextPageQuery({ ...EMPTY_FILTERS, page: 3 }, { morePages: true, cursors: { first: null, last } })).toBe(
      'page=4&after=2024-03-01_1700000000000_0123456789ab',
    );
  });

  it('pages by number in relevance order, and is null on the last page', () => {
    expect(nextPageQuery({ ...EMPTY_FILTERS, q: 'trade', sort: 'relevance' }, { morePages: true, cursors: { first: null, last } })).toBe(
      'q=trade&page=2',
    );
    expect(nextPageQuery(EMPTY_FILTERS, { morePages: false, cursors: { first: null, last } })).toBeNull();
  });
});
