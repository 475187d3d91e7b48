import { beforeEach, describe, expect, it } from 'vitest';
import { noteMomentaryAnswer, wasMomentary } from './momentary-answers';

describe('momentary answers', () => {
  beforeEach(() => {
    (globalThis as { readingRoomMomentaryAnswers?: Map<string, number> }).readingRoomMomentaryAnswers = undefined;
  });

  it('remembers a noted tag for a while, then forgets it', () => {
    const now = 1_000_000;
    noteMomentaryAnswer('W/"a"', now);
    expect(wasMomentary('W/"a"', now + 1000)).toBe(true);
    expect(wasMomentary('W/"b"', now + 1000)).toBe(false);
    expect(wasMomentary('W/"a"', now + 11 * 60 * 1000)).toBe(false);
  });

  it('keeps the newest notes when there are too many', () => {
    const now = 1_000_000;
    for (let i = 0; i < 10_050; i++) noteMomentaryAnswer(`W/"${i}"`, now + i);
    expect(wasMomentary('W/"0"', now + 10_050)).toBe(false);
    expect(wasMomentary('W/"10049"', now + 10_050)).toBe(true);
    expect(wasMomentary('W/"100"', now + 10_050)).toBe(true);
  });
});
