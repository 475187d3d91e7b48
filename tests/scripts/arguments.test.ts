import { describe, expect, it } from 'vitest';
import { optionalPositiveNumber, optionalWholeNumber, positiveNumber, wholeNumber } from '../../scripts/lib/arguments';

// The scripts' fail() prints and exits; here it throws the sentence so the test can read it.
const fail = (sentence: string): never => {
  throw new Error(sentence);
};

describe('command-line numbers', () => {
  it('reads whole numbers with digit separators and refuses fractions, blanks and values under the minimum', () => {
    expect(wholeNumber(fail, 'count', '1_000_000', 1)).toBe(1_000_000);
    expect(() => wholeNumber(fail, 'count', '2.5', 1)).toThrow('--count takes a whole number of at least 1, not "2.5"');
    expect(() => wholeNumber(fail, 'count', ' ', 1)).toThrow(/not " "/);
    expect(() => wholeNumber(fail, 'count', '0', 1)).toThrow(/at least 1/);
  });

  it('reads numbers above zero, with fractions', () => {
    expect(positiveNumber(fail, 'seconds', '0.5')).toBe(0.5);
    expect(() => positiveNumber(fail, 'seconds', '0')).toThrow('--seconds takes a number above 0, not "0"');
    expect(() => positiveNumber(fail, 'seconds', 'ten')).toThrow(/not "ten"/);
  });

  it('gives the fallback only for an option that was not given, and checks one that was', () => {
    expect(optionalWholeNumber(fail, 'port', undefined, 3391, 1)).toBe(3391);
    expect(optionalWholeNumber(fail, 'port', '4000', 3391, 1)).toBe(4000);
    expect(() => optionalWholeNumber(fail, 'port', '', 3391, 1)).toThrow(/--port/);
    expect(optionalPositiveNumber(fail, 'seconds', undefined, 10)).toBe(10);
    expect(optionalPositiveNumber(fail, 'seconds', '2.5', 10)).toBe(2.5);
    expect(() => optionalPositiveNumber(fail, 'seconds', '-1', 10)).toThrow(/above 0/);
  });
});
