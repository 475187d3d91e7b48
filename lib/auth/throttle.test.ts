import { describe, expect, it } from 'vitest';
import { decide, LIMITS, LOCK_MS } from './throttle';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('decide', () => {
  it('lets the first failures through without delay', () => {
    expect(decide({ count: 0, latest: null }, 5, now)).toEqual({ locked: false, delayMs: 0 });
    expect(decide({ count: LIMITS.slowAfter - 1, latest: ago(1000) }, 5, now)).toEqual({ locked: false, delayMs: 0 });
  });

  it('adds a growing delay from the third failure', () => {
    const third = decide({ count: 3, latest: ago(1000) }, 5, now);
    const fourth = decide({ count: 4, latest: ago(1000) }, 5, now);
    expect(third.locked || fourth.locked).toBe(false);
    if (!third.locked && !fourth.locked) {
      expect(third.delayMs).toBeGreaterThan(0);
      expect(fourth.delayMs).toBeGreaterThan(third.delayMs);
    }
  });

  it('locks at the limit until LOCK_MS after the last failure', () => {
    expect(decide({ count: 5, latest: ago(60_000) }, 5, now)).toEqual({ locked: true, retryAfterMs: LOCK_MS - 60_000 });
    expect(decide({ count: 5, latest: ago(LOCK_MS + 1) }, 5, now)).toEqual({ locked: false, delayMs: 0 });
  });
});
