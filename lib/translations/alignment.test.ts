import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignedRows, alignmentProblem, defaultAlignment, describeAlignmentProblem } from './alignment';

describe('defaultAlignment', () => {
  it('pairs paragraphs by order and puts the surplus beside the last original paragraph', () => {
    expect(defaultAlignment(3, 3)).toEqual([0, 1, 2]);
    expect(defaultAlignment(5, 3)).toEqual([0, 1, 2, 2, 2]);
    expect(defaultAlignment(2, 4)).toEqual([0, 1]);
  });
});

describe('alignmentProblem', () => {
  it('accepts a monotonic alignment within the original', () => {
    expect(alignmentProblem([0, 0, 2, 3], 4, 4)).toBeNull();
  });
  it('refuses going back, leaving the original, or a wrong length', () => {
    expect(alignmentProblem([0, 2, 1], 3, 3)).toEqual({ kind: 'order', paragraph: 2, value: 1, previous: 2 });
    expect(alignmentProblem([0, 3], 2, 3)).toEqual({ kind: 'range', paragraph: 1, value: 3, originalCount: 3 });
    expect(alignmentProblem([-1, 0], 2, 3)).toMatchObject({ kind: 'range', paragraph: 0 });
    expect(alignmentProblem([0, 1.5], 2, 3)).toMatchObject({ kind: 'range', paragraph: 1 });
    expect(alignmentProblem([0], 2, 3)).toEqual({ kind: 'length', expected: 2, actual: 1 });
  });
  it('describes problems with paragraph numbers from 1', () => {
    expect(describeAlignmentProblem({ kind: 'order', paragraph: 2, value: 1, previous: 2 })).toBe(
      "Translation paragraph 3 is placed beside original paragraph 2, before paragraph 2's place (original paragraph 3): a translation keeps the original's order.",
    );
  });
  it('finds the default alignment usable for any counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (t, o) => alignmentProblem(defaultAlignment(t, o), t, o) === null,
      ),
    );
  });
});

describe('alignedRows', () => {
  it('puts split paragraphs in one row and leaves merged ones empty', () => {
    expect(alignedRows(4, 4, [0, 0, 1, 3])).toEqual([
      { original: 0, translation: [0, 1] },
      { original: 1, translation: [2] },
      { original: 2, translation: [] },
      { original: 3, translation: [3] },
    ]);
  });
  it('falls back to paragraph order when the alignment does not fit', () => {
    expect(alignedRows(2, 3, [0, 5, 1])).toEqual([
      { original: 0, translation: [0] },
      { original: 1, translation: [1, 2] },
    ]);
  });
  it('shows every paragraph of both texts once and in order', () => {
    const input = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.array(fc.nat(), { minLength: 1, maxLength: 30 }))
      .map(([originalCount, raw]) => ({ originalCount, alignment: raw.map((v) => v % originalCount).sort((a, b) => a - b) }));
    fc.assert(
      fc.property(input, ({ originalCount, alignment }) => {
        const rows = alignedRows(originalCount, alignment.length, alignment);
        expect(rows.map((r) => r.original)).toEqual([...Array(originalCount).keys()]);
        expect(rows.flatMap((r) => r.translation)).toEqual([...alignment.keys()]);
        rows.forEach((row) => row.translation.forEach((t) => expect(alignment[t]).toBe(row.original)));
      }),
    );
  });
});
