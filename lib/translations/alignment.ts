/**
 * Which original paragraph each translation paragraph sits beside. An alignment lists, for every
 * translation paragraph in order, the index (from 0) of an original paragraph. It never goes
 * back (a translation keeps the original's order) and stays within the original: several
 * translation paragraphs may sit beside one original paragraph (the translator split it), and an
 * original paragraph may have none beside it (the translator merged it into the one before).
 */

/** Paragraph order: the n-th beside the n-th, the surplus beside the original's last paragraph. */
export function defaultAlignment(translationCount: number, originalCount: number): number[] {
  const last = Math.max(0, originalCount - 1);
  return Array.from({ length: translationCount }, (_, index) => Math.min(index, last));
}

export type AlignmentProblem =
  | { kind: 'length'; expected: number; actual: number }
  | { kind: 'range'; paragraph: number; value: number; originalCount: number }
  | { kind: 'order'; paragraph: number; value: number; previous: number };

/** The first thing wrong with an alignment, or null when it is usable. Paragraph numbers count from 0. */
export function alignmentProblem(alignment: readonly number[], translationCount: number, originalCount: number): AlignmentProblem | null {
  if (alignment.length !== translationCount) return { kind: 'length', expected: translationCount, actual: alignment.length };
  for (const [paragraph, value] of alignment.entries()) {
    if (!Number.isInteger(value) || value < 0 || value >= originalCount) return { kind: 'range', paragraph, value, originalCount };
    const previous = alignment[paragraph - 1];
    if (previous !== undefined && value < previous) return { kind: 'order', paragraph, value, previous };
  }
  return null;
}

/** A sentence for an admin, numbering paragraphs from 1 as the forms show them. */
export function describeAlignmentProblem(problem: AlignmentProblem): string {
  switch (problem.kind) {
    case 'length':
      return `The alignment names ${problem.actual} paragraphs but the translation has ${problem.expected}.`;
    case 'range':
      return `Translation paragraph ${problem.paragraph + 1} is placed beside original paragraph ${problem.value + 1}, but the original has ${problem.originalCount} paragraphs.`;
    case 'order':
      return `Translation paragraph ${problem.paragraph + 1} is placed beside original paragraph ${problem.value + 1}, before paragraph ${problem.paragraph}'s place (original paragraph ${problem.previous + 1}): a translation keeps the original's order.`;
  }
}

export interface AlignedRow {
  /** Index of the original paragraph in this row. */
  original: number;
  /** Indexes of the translation paragraphs beside it, in order; empty where none sits there. */
  translation: number[];
}

/**
 * The rows of a side-by-side reading: one per original paragraph, each with the translation
 * paragraphs aligned to it. Every paragraph of both texts appears once and in order. An
 * alignment that no longer fits (it never should) falls back to paragraph order, so the
 * reader still sees all of the translation.
 */
export function alignedRows(originalCount: number, translationCount: number, alignment: readonly number[]): AlignedRow[] {
  const usable =
    originalCount > 0 && alignmentProblem(alignment, translationCount, originalCount) === null
      ? alignment
      : defaultAlignment(translationCount, originalCount);
  const rows: AlignedRow[] = Array.from({ length: Math.max(originalCount, 1) }, (_, original) => ({ original, translation: [] }));
  usable.forEach((original, index) => rows[original]!.translation.push(index));
  return rows;
}
