import { describe, expect, it } from 'vitest';
import { readSettings } from '../env';
import { MAX_RELATED_WINDOW_DAYS, relatedWindowParam, widerWindow } from './related';

describe('relatedWindowParam', () => {
  it('uses the configured window when the link names none', () => {
    expect(relatedWindowParam(undefined, 14)).toEqual({ days: 14, invalid: null });
  });

  it('takes whole days within the bounds of RELATED_WINDOW_DAYS', () => {
    expect(readSettings({ RELATED_WINDOW_DAYS: String(MAX_RELATED_WINDOW_DAYS) }).RELATED_WINDOW_DAYS).toBe(MAX_RELATED_WINDOW_DAYS);
    expect(() => readSettings({ RELATED_WINDOW_DAYS: String(MAX_RELATED_WINDOW_DAYS + 1) })).toThrow(/^RELATED_WINDOW_DAYS must be/);
    expect(relatedWindowParam('90', 14)).toEqual({ days: 90, invalid: null });
    expect(relatedWindowParam(' 0 ', 14)).toEqual({ days: 0, invalid: null });
    expect(relatedWindowParam(String(MAX_RELATED_WINDOW_DAYS), 14)).toEqual({ days: MAX_RELATED_WINDOW_DAYS, invalid: null });
    expect(relatedWindowParam(['30', '60'], 14)).toEqual({ days: 30, invalid: null });
  });

  it('names a value it cannot use and keeps the configured window', () => {
    for (const bad of ['', '-3', '2.5', 'two', '3651', '99999'])
      expect(relatedWindowParam(bad, 14), bad).toEqual({ days: 14, invalid: bad });
    expect(relatedWindowParam('x'.repeat(100), 14).invalid).toHaveLength(40);
  });
});

describe('widerWindow', () => {
  it('offers the next step up, and none at the widest', () => {
    expect(widerWindow(14)).toBe(30);
    expect(widerWindow(30)).toBe(90);
    expect(widerWindow(100)).toBe(180);
    expect(widerWindow(MAX_RELATED_WINDOW_DAYS)).toBeNull();
  });
});
