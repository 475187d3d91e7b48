/**
 * Command-line arguments for the scripts (scripts/, bench/), read by node:util `parseArgs`. A
 * mistake on the command line is the user's, not a crash: it prints one sentence and the usage
 * and exits with status 2, without a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

type Fail = (sentence: string) => never;
type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** `config` as parseArgs takes it (strict); `args` defaults to the command line's. */
export function readArguments<const T extends ParseArgsConfig>(
  usage: string,
  config: T,
): { values: Parsed<T>['values']; positionals: Parsed<T>['positionals']; fail: Fail } {
  const fail: Fail = (sentence) => {
    console.error(`${asSentence(sentence)}\n\n${usage}`);
    process.exit(2);
  };
  try {
    const { values, positionals } = parseArgs<T>({ args: process.argv.slice(2), ...config });
    return { values, positionals, fail };
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** A whole number at least `min`, written with or without `_` between digits (1_000_000). */
export function wholeNumber(fail: Fail, name: string, value: string, min = 0): number {
  const n = Number(value.replace(/_/g, ''));
  if (value.trim() === '' || !Number.isInteger(n) || n < min) fail(`--${name} takes a whole number of at least ${min}, not "${value}"`);
  return n;
}

/** A number above zero (seconds may have a fraction). */
export function positiveNumber(fail: Fail, name: string, value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) fail(`--${name} takes a number above 0, not "${value}"`);
  return n;
}

/** An optional option's whole number (at least `min`), or `fallback` when it was not given. */
export function optionalWholeNumber(fail: Fail, name: string, value: string | undefined, fallback: number, min = 0): number {
  return value === undefined ? fallback : wholeNumber(fail, name, value, min);
}

/** An optional option's number above zero, or `fallback` when it was not given. */
export function optionalPositiveNumber(fail: Fail, name: string, value: string | undefined, fallback: number): number {
  return value === undefined ? fallback : positiveNumber(fail, name, value);
}
