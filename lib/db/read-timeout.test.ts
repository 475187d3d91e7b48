import { describe, expect, it } from 'vitest';
import { isStatementTimeout } from './read-timeout';

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
