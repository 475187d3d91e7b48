import { foldedKey } from './normalise';

export interface Segment {
  text: string;
  match: boolean;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Splits text into runs, marking the words whose folded key the reader searched for. */
export function highlight(text: string, words: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const match = Boolean(isWordLike) && words.size > 0 && foldedKey(segment).split(' ').some((key) => words.has(key));
    const last = segments.at(-1);
    if (last && last.match === match && !match) last.text += segment;
    else segments.push({ text: segment, match });
  }
  return segments;
}

export interface Snippet {
  /** Index of the paragraph the snippet comes from. */
  paragraph: number;
  segments: Segment[];
  /** Text was cut before / after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Whether a paragraph may hold one of the words. Folding is letter by letter, so a word's key is
 * part of its whole paragraph's key: a paragraph whose key contains none of the words cannot
 * match, and is passed over without splitting it into words and folding each one, which cost
 * 60 ms for a page of twenty articles whose match was in the title alone.
 */
const mayMatch = (paragraph: string, words: ReadonlySet<string>) => {
  const key = foldedKey(paragraph);
  for (const word of words) if (key.includes(word)) return true;
  return false;
};

/** The first paragraph with a match, cut to about `length` characters around its first match. */
export function snippet(paragraphs: readonly string[], words: ReadonlySet<string>, length = 220): Snippet | null {
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!mayMatch(paragraph, words)) continue;
    const segments = highlight(paragraph, words);
    const first = segments.findIndex((s) => s.match);
    if (first === -1) continue;
    const offset = segments.slice(0, first).reduce((n, s) => n + s.text.length, 0);
    let start = Math.max(0, offset - Math.floor(length / 3));
    let end = Math.min(paragraph.length, start + length);
    // Cut between words, not inside one.
    if (start > 0) {
      const space = paragraph.indexOf(' ', start);
      if (space !== -1 && space < offset) start = space + 1;
    }
    if (end < paragraph.length) {
      const space = paragraph.lastIndexOf(' ', end);
      if (space > offset) end = space;
    }
    return { paragraph: index, segments: sliceSegments(segments, start, end), cutStart: start > 0, cutEnd: end < paragraph.length };
  }
  return null;
}

/** Cuts segments to [start, end) without splitting a highlighted word. */
function sliceSegments(segments: Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let position = 0;
  for (const segment of segments) {
    const from = position;
    const to = position + segment.text.length;
    position = to;
    if (to <= start || from >= end) continue;
    if (segment.match) out.push(segment);
    else out.push({ text: segment.text.slice(Math.max(0, start - from), Math.min(segment.text.length, end - from)), match: false });
  }
  return out;
}
