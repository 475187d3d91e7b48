import { describe, expect, it } from 'vitest';
import { VersionedCache } from './versioned-cache';

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
    expect(
      await off.keep(
        'a',
        async () => String(++asked),
        async () => ({ value: 5, version: 'v' }),
      ),
    ).toBe(5);
    expect(asked).toBe(0);
  });
});

it('with no capacity keeps nothing', () => {
  const cache = new VersionedCache<number>(0);
  cache.set('v', 'a', 1);
  expect(cache.get('v', 'a')).toBeUndefined();
});

describe('VersionedCache weighing its entries', () => {
  const weighed = (capacity: number, maxEntry?: number) =>
    new VersionedCache<string>(capacity, { weigh: (value) => value.length, maxEntry });

  it('keeps within its weight, letting the least recently used go first', () => {
    const cache = weighed(30);
    for (const key of ['a', 'b', 'c']) cache.set('v', key, 'x'.repeat(10));
    expect(cache.get('v', 'a')).toBeDefined();
    cache.set('v', 'd', 'x'.repeat(10));
    expect(cache.get('v', 'b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => cache.get('v', key) !== undefined)).toEqual([true, true, true]);
    expect(cache.usedWeight).toBe(30);
  });

  it('counts a replaced entry once, and a heavy one pushes out as many as it needs', () => {
    const cache = weighed(30);
    cache.set('v', 'a', 'x'.repeat(10));
    cache.set('v', 'a', 'x'.repeat(10));
    expect(cache.usedWeight).toBe(10);
    cache.set('v', 'b', 'x'.repeat(10));
    cache.set('v', 'c', 'x'.repeat(25));
    expect([cache.get('v', 'a'), cache.get('v', 'b')]).toEqual([undefined, undefined]);
    expect(cache.size).toBe(1);
    expect(cache.usedWeight).toBe(25);
  });

  it('does not keep an entry heavier than one may be, and keeps what it had', () => {
    const cache = weighed(100, 20);
    cache.set('v', 'small', 'x');
    cache.set('v', 'export', 'x'.repeat(50));
    expect(cache.get('v', 'export')).toBeUndefined();
    expect(cache.get('v', 'small')).toBe('x');
    expect(cache.usedWeight).toBe(1);
  });

  it('drops every entry of the old version when one is kept under a new version', () => {
    const cache = weighed(100);
    cache.set('db:1', '/en', 'one');
    cache.set('db:1', '/vi', 'một');
    cache.set('db:2', '/en', 'two');
    expect(cache.size).toBe(1);
    expect(cache.usedWeight).toBe(3);
  });
});
