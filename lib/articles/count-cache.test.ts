import { describe, expect, it } from 'vitest';
import { countKey, once } from './count-cache';
import { parseFilters } from './filters';

it('once reads at most once', async () => {
  let reads = 0;
  const read = once(async () => ++reads);
  expect(await Promise.all([read(), read()])).toEqual([1, 1]);
  expect(reads).toBe(1);
});

describe('countKey', () => {
  const key = (params: Record<string, string | string[]>) => countKey(parseFilters(params).filters);

  it('ignores what does not change the counts: page, cursor, sort, order of selections', () => {
    expect(key({ q: 'convoy', pair: ['PK-US', 'IR-PK'] })).toBe(key({ q: 'convoy', pair: ['IR-PK', 'PK-US'], page: '3', sort: 'date' }));
  });

  it('tells apart everything that does', () => {
    const base = { q: 'convoy', pair: 'PK-US' };
    const keys = [
      key(base),
      key({ ...base, q: 'convoys' }),
      key({ ...base, pair: 'IR-PK' }),
      key({ ...base, lang: 'en' }),
      key({ ...base, country: 'AF' }),
      key({ ...base, source: 'Dawn' }),
      key({ ...base, from: '2024-01-01' }),
      key({ ...base, to: '2024-01-31' }),
      key({ ...base, undated: '1' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
