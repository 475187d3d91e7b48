import { describe, expect, it } from 'vitest';
import { parseMixWeights, pathPicker, type LoadMix } from './load-mix';

describe('parseMixWeights', () => {
  it('reads kind:weight pairs', () => {
    expect(parseMixWeights('list:40,search:30,article:30')).toEqual({ list: 40, search: 30, article: 30 });
    expect(parseMixWeights('article:1')).toEqual({ list: 0, search: 0, article: 1 });
  });
  it('refuses unknown kinds, bad numbers and an all-zero mix', () => {
    expect(() => parseMixWeights('feed:10')).toThrow(/--mix/);
    expect(() => parseMixWeights('list:x')).toThrow(/--mix/);
    expect(() => parseMixWeights('list:0,search:0')).toThrow(/at least one/);
  });
});

describe('pathPicker', () => {
  it('picks kinds in proportion to their weights, and never a kind weighted 0', () => {
    const mix: LoadMix = {
      weights: { list: 3, search: 1, article: 0 },
      paths: { list: ['/en'], search: ['/en?q=a'], article: ['/en/articles/x'] },
    };
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const pick = pathPicker(mix, random);
    const counts = { list: 0, search: 0, article: 0 };
    for (let i = 0; i < 4000; i++) counts[pick().kind]++;
    expect(counts.article).toBe(0);
    expect(counts.list / counts.search).toBeGreaterThan(2.5);
    expect(counts.list / counts.search).toBeLessThan(3.5);
  });
});
