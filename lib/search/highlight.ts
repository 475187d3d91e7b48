import { foldedKey } from './normalise';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Words the reader searched for, in the order typed. A `whole` run is a phrase (quoted, or one
 * token that folds to several words, such as `khủng-bố`): it is marked only where its words stand
 * together. Otherwise the run is words typed one after another: where some of them stand next to
 * each other in the text, in the order typed, that stretch is marked as one, and such a word is
 * then not marked where it stands alone. Folded Vietnamese makes many words one key ("bo" is bố,
 * bỏ, bộ, bò...): `khung bo` should mark khủng bố, not the bỏ of loại bỏ and the khủng of khủng
 * hoảng. A word never found next to its neighbours is marked wherever it is.
 */
export interface Run {
  words: readonly string[];
  whole: boolean;
}

/**
 * The searched words as a set of folded keys (what the callers pass around and test against),
 * with the runs they were typed in. `paired` names the words of non-whole runs found next to a
 * neighbour somewhere in the document (highlightTermsIn); without it, each text decides alone.
 */
export class HighlightTerms extends Set<string> {
  constructor(
    readonly runs: readonly Run[],
    readonly paired: ReadonlySet<string> | null = null,
  ) {
    super(runs.flatMap((run) => run.words));
  }
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** A folded word of the text and the segment it is in (a segment can fold to several words). */
interface Token {
  key: string;
  segment: number;
}

function tokenize(text: string): { segments: { text: string; word: boolean }[]; tokens: Token[] } {
  const segments: { text: string; word: boolean }[] = [];
  const tokens: Token[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) for (const key of foldedKey(segment).split(' ')) if (key) tokens.push({ key, segment: segments.length });
    segments.push({ text: segment, word: Boolean(isWordLike) });
  }
  return { segments, tokens };
}

const runsOf = (words: ReadonlySet<string>): readonly Run[] =>
  words instanceof HighlightTerms ? words.runs : [...words].map((word) => ({ words: [word], whole: false }));

/**
 * Stretches of `tokens` (first and last token) holding `run`'s words in order: the whole run for a
 * phrase, at least two neighbours of it otherwise. `paired` gathers the words found so.
 */
function stretches(tokens: Token[], run: Run, paired: Set<string>): [number, number][] {
  const { words, whole } = run;
  const found: [number, number][] = [];
  if (words.length < 2) return found;
  for (let t = 0; t < tokens.length; t++) {
    let longest = 0;
    let from = 0;
    for (let k = 0; k < words.length; k++) {
      let n = 0;
      while (t + n < tokens.length && k + n < words.length && tokens[t + n]!.key === words[k + n]) n++;
      if (n > longest) [longest, from] = [n, k];
    }
    if (whole ? longest === words.length : longest >= 2) {
      found.push([t, t + longest - 1]);
      for (const word of words.slice(from, from + longest)) paired.add(word);
    }
  }
  return found;
}

/** Splits text into runs, marking the words (and phrases) whose folded keys the reader searched for. */
export function highlight(text: string, words: ReadonlySet<string>): Segment[] {
  const { segments, tokens } = tokenize(text);
  const runs = words.size > 0 ? runsOf(words) : [];
  const paired = new Set(words instanceof HighlightTerms ? words.paired : []);
  const found = runs.flatMap((run) => stretches(tokens, run, paired));
  // A stretch covers its segments and what lies between them; overlapping stretches make one.
  const stretchOf: (number | undefined)[] = [];
  let id = 0;
  let end = -1;
  for (const [first, last] of found.sort((a, b) => a[0] - b[0])) {
    if (first > end) id++;
    end = Math.max(end, last);
    for (let s = tokens[first]!.segment; s <= tokens[last]!.segment; s++) stretchOf[s] = id;
  }
  const alone = new Set<number>();
  for (const run of runs) {
    if (run.whole && run.words.length > 1) continue;
    for (const token of tokens)
      if (run.words.includes(token.key) && !paired.has(token.key) && stretchOf[token.segment] === undefined) alone.add(token.segment);
  }

  const out: Segment[] = [];
  let previous: number | undefined;
  for (const [s, segment] of segments.entries()) {
    const stretch = stretchOf[s];
    const last = out.at(-1);
    if (stretch !== undefined) {
      if (last && previous === stretch) last.text += segment.text;
      else out.push({ text: segment.text, match: true });
    } else if (alone.has(s)) out.push({ text: segment.text, match: true });
    else if (last && !last.match) last.text += segment.text;
    else out.push({ text: segment.text, match: false });
    previous = stretch;
  }
  return out;
}

/**
 * The terms for one document (an article's title and paragraphs): a word typed next to another is
 * not marked alone in any of its texts when the two stand together in one of them, so that each
 * text, highlighted on its own, follows the document's choice.
 */
export function highlightTermsIn(words: ReadonlySet<string>, texts: readonly string[]): ReadonlySet<string> {
  if (!(words instanceof HighlightTerms)) return words;
  const loose = words.runs.filter((run) => !run.whole && run.words.length > 1);
  if (loose.length === 0) return words;
  const paired = new Set<string>();
  for (const text of texts) {
    // Only a text holding two of a run's words can hold them side by side: the others are not split into words.
    const key = foldedKey(text);
    const candidates = loose.filter((run) => run.words.filter((word) => key.includes(word)).length >= 2);
    if (candidates.length === 0) continue;
    const { tokens } = tokenize(text);
    for (const run of candidates) stretches(tokens, run, paired);
  }
  return new HighlightTerms(words.runs, paired);
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
 * most of a page's highlighting when the match was in the titles alone.
 */
const mayMatch = (paragraph: string, words: ReadonlySet<string>) => {
  const key = foldedKey(paragraph);
  for (const word of words) if (key.includes(word)) return true;
  return false;
};

/**
 * The first paragraph with a match, cut to about `length` characters around its first match.
 * Whether a word is marked alone is decided over all the paragraphs (highlightTermsIn).
 */
export function snippet(paragraphs: readonly string[], searched: ReadonlySet<string>, length = 220): Snippet | null {
  const words = highlightTermsIn(searched, paragraphs);
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
