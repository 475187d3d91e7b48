import { describe, expect, it } from 'vitest';
import { serverWorkers } from './workers';

describe('serverWorkers', () => {
  it('is 1 unless WEB_CONCURRENCY says otherwise', () => {
    expect(serverWorkers(undefined, 2)).toBe(1);
    expect(serverWorkers('  ', 2)).toBe(1);
    expect(serverWorkers('2', 2)).toBe(2);
    expect(serverWorkers(' 4 ', 2)).toBe(4);
  });

  it('refuses what is not a sensible number of processes, naming the limit', () => {
    expect(() => serverWorkers('two', 2)).toThrow(/whole number/);
    expect(() => serverWorkers('0', 2)).toThrow(/between 1 and 4/);
    expect(() => serverWorkers('5', 2)).toThrow(/between 1 and 4 on this machine \(2 cores\)/);
    expect(() => serverWorkers('-1', 2)).toThrow(/whole number/);
  });
});
