import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_STATEMENT_TIMEOUT_MS, isStatementTimeout, readStatementTimeoutMs } from './read-timeout';

describe('readStatementTimeoutMs', () => {
  it('is a few seconds unless READ_STATEMENT_TIMEOUT_MS says otherwise', () => {
    expect(readStatementTimeoutMs(undefined)).toBe(DEFAULT_READ_STATEMENT_TIMEOUT_MS);
    expect(readStatementTimeoutMs(' ')).toBe(DEFAULT_READ_STATEMENT_TIMEOUT_MS);
    expect(readStatementTimeoutMs('1500')).toBe(1500);
    expect(readStatementTimeoutMs(' 600000 ')).toBe(600_000);
  });

  it('refuses what is not a sensible number of milliseconds, with a sentence', () => {
    expect(() => readStatementTimeoutMs('5s')).toThrow(/READ_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds, got “5s”/);
    expect(() => readStatementTimeoutMs('-1')).toThrow(/whole number/);
    expect(() => readStatementTimeoutMs('0')).toThrow(/between 100 and 600000 milliseconds, got 0/);
    expect(() => readStatementTimeoutMs('600001')).toThrow(/between 100 and 600000/);
  });
});

describe('isStatementTimeout', () => {
  it('finds PostgreSQL’s query_canceled code however the driver error is wrapped', () => {
    expect(isStatementTimeout({ code: '57014' })).toBe(true);
    expect(isStatementTimeout({ code: 'P2010', meta: { code: '57014' } })).toBe(true);
    expect(isStatementTimeout(Object.assign(new Error('x'), { cause: { originalCode: '57014' } }))).toBe(true);
  });

  it('is false for other failures', () => {
    expect(isStatementTimeout(new Error('connection refused'))).toBe(false);
    expect(isStatementTimeout({ code: 'P2010', meta: { code: '42P01' } })).toBe(false);
    expect(isStatementTimeout(null)).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isStatementTimeout(cyclic)).toBe(false);
  });
});
