import type { Segment } from '../search/highlight';

/**
 * A shared passage: paragraphs `start`…`end` (1-based, as in the `#p-N` anchors), or a character
 * range inside one paragraph. Offsets are UTF-16 code units of the stored paragraph text, which is
 * what the browser's Range counts and what the server slices, so both ends agree.
 */
export interface Passage {
  start: number;
  end: number;
  /** Half-open `[start, end)` inside paragraph `start`; only when `start === end`. */
  chars: { start: number; end: number } | null;
}

const SYNTAX = /^(\d{1,5})(?:-(\d{1,5})|:(\d{1,7})-(\d{1,7}))?$/;

/** `3`, `3-5` or `3:120-185` as a passage, or null when the value does not have that shape. */
export function parsePassage(value: string | null | undefined): Passage | null {
  if (!value) return null;
  const match = SYNTAX.exec(value.trim());
  if (!match) return null;
  const start = Number(match[1]);
  if (start < 1) return null;
  if (match[3] !== undefined) {
    const chars = { start: Number(match[3]), end: Number(match[4]) };
    return chars.end > chars.start ? { start, end: start, chars } : null;
  }
  const end = match[2] === undefined ? start : Number(match[2]);
  return end >= start ? { start, end, chars: null } : null;
}

/** The canonical `passage=` value: a range of one paragraph is written as that paragraph. */
export function formatPassage(passage: Passage): string {
  if (passage.chars) return `${passage.start}:${passage.chars.start}-${passage.chars.end}`;
  return passage.end === passage.start ? String(passage.start) : `${passage.start}-${passage.end}`;
}

/** Whether the passage exists in these paragraphs (a link can outlive an edit, or be mistyped). */
export function passageFits(passage: Passage, paragraphs: readonly string[]): boolean {
  if (passage.end > paragraphs.length) return false;
  return !passage.chars || passage.chars.end <= (paragraphs[passage.start - 1]?.length ?? 0);
}

export function paragraphAnchor(number: number): string {
  return `p-${number}`;
}

/**
 * The link to a passage of the page at `pathname`: `passage=` plus the sender's `q=` (so the
 * search highlight survives), every other parameter dropped, and the paragraph's anchor so that
 * the browser scrolls there by itself.
 */
export function passageHref(pathname: string, currentSearch: string, passage: Passage): string {
  const params = new URLSearchParams();
  params.set('passage', formatPassage(passage));
  const q = new URLSearchParams(currentSearch).get('q');
  if (q) params.set('q', q);
  return `${pathname}?${params.toString()}#${paragraphAnchor(passage.start)}`;
}

/** Which part of paragraph `number` (1-based) the passage covers: all of it, a range, or none. */
export function passageInParagraph(passage: Passage | null, number: number, length: number): { start: number; end: number } | null {
  if (!passage || number < passage.start || number > passage.end) return null;
  return passage.chars ?? { start: 0, end: length };
}

export interface PassageSegment extends Segment {
  inPassage: boolean;
}

/**
 * Search-highlight segments cut at the passage's bounds, so that one paragraph can show both the
 * searched words and the shared passage without either hiding the other.
 */
export function overlayPassage(segments: readonly Segment[], range: { start: number; end: number } | null): PassageSegment[] {
  const out: PassageSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const from = offset;
    const to = offset + segment.text.length;
    offset = to;
    const cuts = [from, to];
    if (range) for (const bound of [range.start, range.end]) if (bound > from && bound < to) cuts.push(bound);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i < cuts.length - 1; i++) {
      const [a, b] = [cuts[i]!, cuts[i + 1]!];
      if (a === b) continue;
      out.push({
        text: segment.text.slice(a - from, b - from),
        match: segment.match,
        inPassage: range !== null && a >= range.start && b <= range.end,
      });
    }
  }
  return out;
}

/** Consecutive segments grouped by whether they are in the passage, for one `<mark>` per run. */
export function passageRuns(segments: readonly PassageSegment[]): { inPassage: boolean; segments: PassageSegment[] }[] {
  const runs: { inPassage: boolean; segments: PassageSegment[] }[] = [];
  for (const segment of segments) {
    const last = runs.at(-1);
    if (last && last.inPassage === segment.inPassage) last.segments.push(segment);
    else runs.push({ inPassage: segment.inPassage, segments: [segment] });
  }
  return runs;
}
