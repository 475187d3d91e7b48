import { describe, expect, it } from 'vitest';
import { addToComparison, parseCompareIds, removeFromComparison } from './ids';

const A = 'abcdefghjkmn';
const B = '0123456789ab';
const C = 'zyxwvtsrqpnm';
const D = 'a1b2c3d4e5f6';

describe('parseCompareIds', () => {
  it('keeps the order given, from one comma list or repeated parameters', () => {
    expect(parseCompareIds(`${A},${B},${C}`)).toEqual({ ids: [A, B, C], problems: [] });
    expect(parseCompareIds([B, A])).toEqual({ ids: [B, A], problems: [] });
    expect(parseCompareIds(` ${A} , ${B.toUpperCase()} ,`).ids).toEqual([A, B]);
  });

  it('names malformed ids, repeats and ids past the third instead of failing', () => {
    const parsed = parseCompareIds(`${A},not-an-id,${A},${B},${C},${D}`);
    expect(parsed.ids).toEqual([A, B, C]);
    expect(parsed.problems).toEqual([
      { kind: 'invalid', value: 'not-an-id' },
      { kind: 'duplicate', value: A },
      { kind: 'tooMany', dropped: [D] },
    ]);
    expect(parseCompareIds(undefined)).toEqual({ ids: [], problems: [] });
    expect(parseCompareIds('')).toEqual({ ids: [], problems: [] });
  });

  it('does not echo an overlong value back in full', () => {
    const parsed = parseCompareIds('x'.repeat(500));
    expect(parsed.problems[0]).toEqual({ kind: 'invalid', value: 'x'.repeat(40) });
  });
});

describe('addToComparison / removeFromComparison', () => {
  it('appends a new id, leaves a repeat or a fourth one out, and removes by id', () => {
    expect(addToComparison([A], B)).toEqual([A, B]);
    expect(addToComparison([A, B], A)).toEqual([A, B]);
    expect(addToComparison([A, B, C], D)).toEqual([A, B, C]);
    expect(addToComparison([A], 'bad')).toEqual([A]);
    expect(removeFromComparison([A, B, C], B)).toEqual([A, C]);
  });
});
