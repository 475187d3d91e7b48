import { describe, expect, it } from 'vitest';
import { countKey, once, VersionedCache } from './count-cache';
import { parseFilters } from './filters';

describe('VersionedCache', () => {
  it('answers only under the version an entry was kept at', () => {
    const cache = new VersionedCache<number>(10);
    cache.set('7:1', 'a', 1);
    expect(cache.get('7:1', 'a')).toBe(1);
    expect(cache.get('7:2', 'a')).toBeUndefined();
    expect(cache.get('8:1', 'a')).toBeUndefined();
    expect(cache.hits).toBe(1);
  });

  it('keeps one version: entries of another go when it is seen', () => {
    const cache = new VersionedCache<number>(10);
    cache.set('7:1', 'a', 1);
    cache.set('7:2', 'b', 2);
    expect(cache.get('7:1', 'a')).toBeUndefined();
    // A slower request counted at the older version: kept, and the newer entries go instead.
    cache.set('7:1', 'a', 1);
    expect(cache.get('7:2', 'b')).toBeUndefined();
    expect(cache.get('7:1', 'a')).toBe(1);
  });

  it('drops the least recently used entry past its capacity', () => {
    const cache = new VersionedCache<number>(2);
    cache.set('v', 'a', 1);
    cache.set('v', 'b', 2);
    expect(cache.get('v', 'a')).toBe(1);
    cache.set('v', 'c', 3);
    expect(cache.get('v', 'b')).toBeUndefined();
    expect([cache.get('v', 'a'), cache.get('v', 'c')]).toEqual([1, 3]);
  });
});

describe('VersionedCache.keep', () => {
  it('computes once per version, keeping under the version the computation read', async () => {
    const cache = new VersionedCache<number>(10);
    let now = '7:1';
    let computed = 0;
    const compute = async () => ({ value: ++computed, version: now });
    expect(await cache.keep('a', async () => now, compute)).toBe(1);
    expect(await cache.keep('a', async () => now, compute)).toBe(1);
    now = '7:2';
    expect(await cache.keep('a', async () => now, compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it('keeps nothing that read no version, and with no capacity asks for none', async () => {
    const cache = new VersionedCache<number>(10);
    let computed = 0;
    const compute = async () => ({ value: ++computed, version: null });
    await cache.keep('a', async () => 'v', compute);
    await cache.keep('a', async () => 'v', compute);
    expect(computed).toBe(2);
    const off = new VersionedCache<number>(0);
    let asked = 0;
    expect(await off.keep('a', async () => String(++asked), async () => ({ value: 5, version: 'v' }))).toBe(5);
    expect(asked).toBe(0);
  });
});

it('once reads at most once', async () => {
  let reads = 0;
  const read = once(async () => ++reads);
  expect(await Promise.all([read(), read()])).toEqual([1, 1]);
  expect(reads).toBe(1);
});

it('with no capacity keeps nothing', () => {
  const cache = new VersionedCache<number>(0);
  cache.set('v', 'a', 1);
  expect(cache.get('v', 'a')).toBeUndefined();
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
