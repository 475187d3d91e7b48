/**
 * Page text -> blocks: the paragraphs a reader sees. Scrapers save pages three ways: a blank line
 * between paragraphs, one paragraph per line, or text hard-wrapped at a fixed width (with or
 * without blank lines between paragraphs). Hard wrapping is recognised from the page itself: many
 * lines end close to one width and break mid-sentence. A wrapped line is joined to the next one
 * only where the next line's first word would not have fitted on it, and only when the joined
 * run ends like a paragraph (a sentence end, or a blank line after it), so a headline above a
 * byline or a menu above a label is never glued to it. Where no blank lines part the paragraphs,
 * a full line that ends a sentence ends its paragraph too.
 */
import { isFurniturePrefixed, isMenu } from './boilerplate';
import { isDateLine } from './dates';

export interface Block {
  text: string;
  /** Index of the block's first line in the page. */
  line: number;
  /** A blank line (or the page top) comes before it. */
  blankBefore: boolean;
  /** Lines joined into this block (1 when the page was not wrapped there). */
  lines: number;
  /** The block's first line as printed. */
  firstLine: string;
}

/** What ends a sentence in the scripts we read, with closing quotes and brackets after it. */
const SENTENCE_END = /[.!?؟۔。…]["'”’»)\]]*$|["”»]$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** A line's length as a wrapping tool counted it. */
export type Measure = (line: string) => number;
const characters: Measure = (line) => line.length;
const decomposed: Measure = (line) => line.normalize('NFD').length;

/** Lines shorter than this never count towards the wrap width. */
const MIN_WRAPPED_LENGTH = 40;
/** Wrapped lines end within this many characters of the width (a long next word moves down). */
const WRAP_BAND = 25;
/** Wrapped lines needed before a page counts as hard-wrapped. */
const MIN_WRAPPED_LINES = 4;
/**
 * Wrapping tools count characters differently (combining marks, ZWNJ, wide letters), so a line
 * may stop a little short of the width although the next word would have fitted by our count.
 */
const FIT_SLACK = 4;
/**
 * A line that breaks mid-sentence this close to the width is wrapped even where the next word
 * would have fitted by our count: some tools wrap by bytes or display width, not characters.
 */
const MIN_FILL = 0.7;
/** Room left on a line beyond the slack that shows the next word would clearly have fitted. */
const CLEAR_ROOM = 6;

/**
 * The width a page was hard-wrapped at, or null when it was not. Wrapped lines break
 * mid-sentence and go on on the next line; the width is the length most such lines end just
 * under. A page whose prose mostly runs past that width (one paragraph per line) is not wrapped.
 */
export function wrapWidth(lines: readonly string[], measure: Measure = characters): number | null {
  return fitWrap(lines, measure)?.width ?? null;
}

/** wrapWidth's answer with its score: the open lines that agree with it, less twice those that do not. */
function fitWrap(lines: readonly string[], measure: Measure): { width: number; score: number } | null {
  // Each line measured once: a decomposed count normalises the whole line.
  const lengths = lines.map(measure);
  const open: { length: number; next: number }[] = [];
  lines.forEach((l, i) => {
    const next = lines[i + 1] ?? '';
    if (lengths[i]! >= MIN_WRAPPED_LENGTH && !endsSentence(l) && next !== '')
      open.push({ length: lengths[i]!, next: measure(firstWord(next)) });
  });
  // Each candidate width is judged by the open lines just under it: a line the next word would
  // not have fitted on agrees with it, a line it would have fitted on (an unwrapped headline,
  // a menu) disagrees.
  let best = 0;
  let bestScore = 0;
  let bestAgree = 0;
  for (const width of new Set(open.map((l) => l.length))) {
    let agree = 0;
    let disagree = 0;
    for (const l of open) {
      if (l.length <= width - WRAP_BAND || l.length > width) continue;
      const room = width - (l.length + 1 + l.next);
      if (room < FIT_SLACK) agree++;
      else if (room >= FIT_SLACK + CLEAR_ROOM) disagree++;
    }
    const score = agree - 2 * disagree;
    if (score > bestScore || (score === bestScore && width < best)) {
      best = width;
      bestScore = score;
      bestAgree = agree;
    }
  }
  if (bestAgree < MIN_WRAPPED_LINES) return null;
  const beyond = lengths.filter((length) => length > best + WRAP_BAND / 2).length;
  return beyond * 3 <= bestAgree ? { width: best, score: bestScore } : null;
}

/** Share of lines followed by a blank above which blank lines are spacing, not paragraph breaks. */
const SPACED_SHARE = 0.9;

/**
 * Some scrapers print a blank line after every line, wrapped or not. Such blanks say nothing
 * about paragraphs, so single ones are removed (a double blank still separates); the wrap width
 * then rejoins wrapped paragraphs as on any other page.
 */
function dropSpacingBlanks(lines: string[]): string[] {
  const filled = lines.filter((l) => l !== '').length;
  let spaced = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i] !== '' && lines[i + 1] === '') spaced++;
  if (filled < 8 || spaced < filled * SPACED_SHARE - 1) return lines;
  return lines.filter((l, i) => l !== '' || (lines[i - 1] === '' && lines[i + 1] !== ''));
}

const firstWord = (line: string) => line.split(/\s+/u)[0] ?? '';

/** How a page was hard-wrapped: the width, and how the wrapping tool counted a line's length. */
export interface Wrap {
  width: number;
  measure: Measure;
}

/** How much better decomposed counts must fit than characters to be taken as the tool's. */
const DECOMPOSED_MARGIN = 1.25;

/**
 * The page's wrap, or null when it was not hard-wrapped. Text is read in composed form (NFC), but
 * a tool may have wrapped it decomposed, where a Vietnamese letter with two marks counts three:
 * the lines then end short of any one width by a varying amount. Both counts are tried.
 */
function wrapOf(lines: readonly string[]): Wrap | null {
  const byCharacters = fitWrap(lines, characters);
  // Decomposed counts only where the page has letters they count differently, and only when
  // clearly more lines agree with them: a score a line or two apart is chance.
  const byDecomposed = lines.some((l) => l.length !== decomposed(l)) ? fitWrap(lines, decomposed) : null;
  if (byDecomposed && (!byCharacters || byDecomposed.score >= byCharacters.score * DECOMPOSED_MARGIN)) {
    return { width: byDecomposed.width, measure: decomposed };
  }
  return byCharacters && { width: byCharacters.width, measure: characters };
}

/** On a page with this wrap, `next`'s first word would not have fitted on `line`: it is full. */
export function isFullBefore(line: string, next: string, { width, measure }: Wrap): boolean {
  const length = measure(line);
  return length <= width + FIT_SLACK && length + 1 + measure(firstWord(next)) > width - FIT_SLACK;
}

/**
 * Text wrapped twice, the second time narrower (a saved dump opened and wrapped again), leaves
 * each wider line as a full line and a stub of a word or two. Inside a run, a stub that ends no
 * sentence, whose first word did not fit on the full line above it, and after which the text goes
 * on (a long line, or the sentence's end) is part of the paragraph.
 */
function isRewrapStub(lines: readonly string[], at: number, runStart: number, wrap: Wrap): boolean {
  const here = lines[at] ?? '';
  const next = lines[at + 1] ?? '';
  const { width, measure } = wrap;
  if (at === runStart || endsSentence(here) || measure(here) >= width * MIN_FILL) return false;
  if (measure(next) < width * MIN_FILL && !endsSentence(next)) return false;
  return isFullBefore(lines[at - 1] ?? '', here, wrap);
}

/** Paragraph ends (a sentence end) followed by a blank line that a page needs to count as parting its paragraphs with them. */
const MIN_BLANK_PARTINGS = 2;

/** The page parts its paragraphs with blank lines: several sentence ends have one after them. */
function partsParagraphsWithBlanks(lines: readonly string[]): boolean {
  let partings = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1] === '' && endsSentence(lines[i] ?? '') && ++partings >= MIN_BLANK_PARTINGS) return true;
  }
  return false;
}

/** A page's blocks, and how it was hard-wrapped (null when it was not). */
export interface PageBlocks {
  blocks: Block[];
  wrap: Wrap | null;
}

/**
 * Split page text into blocks, joining hard-wrapped lines back into their paragraphs. A line
 * in `keepApart` (by index) is never joined to the line after it.
 */
export function toBlocks(text: string, keepApart?: number): PageBlocks {
  const lines = dropSpacingBlanks(text.split('\n').map((l) => l.trim()));
  const wrap = wrapOf(lines);
  const blankParted = partsParagraphsWithBlanks(lines);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === '') {
      i++;
      continue;
    }
    const blankBefore = i === 0 || lines[i - 1] === '';
    let end = i;
    if (wrap !== null) {
      const { width, measure } = wrap;
      // Extend the run while each line is full: the next line's first word would not have fitted.
      while (end + 1 < lines.length) {
        const here = lines[end] ?? '';
        const next = lines[end + 1] ?? '';
        // A date line is never the continuation of a wrapped line: it is the headline's stamp.
        // A menu is never a wrapped line of a paragraph, whatever its length, and a labelled
        // line ("Related: …", "Đọc thêm: …") is a link between paragraphs, not part of either.
        if (next === '' || end === keepApart || measure(here) > width + FIT_SLACK || isDateLine(next) || isMenu(here)) break;
        if (isFurniturePrefixed(here) || isFurniturePrefixed(next)) break;
        const full = isFullBefore(here, next, wrap);
        // A line that merely comes close to the width continues only inside a paragraph or at
        // the start of one after a blank line: a headline printed right above its lead is as
        // long as a wrapped line, and must stay apart.
        const insideParagraph = end > i || blankBefore;
        if (!full && !isRewrapStub(lines, end, i, wrap) && (endsSentence(here) || measure(here) < width * MIN_FILL || !insideParagraph)) {
          break;
        }
        // Where no blank line parts paragraphs, a full line that ends a sentence more often ends
        // its paragraph than a sentence inside one happens to end where a line does.
        if (full && endsSentence(here) && !blankParted) break;
        end++;
      }
      const last = lines[end] ?? '';
      const closed = endsSentence(last) || end + 1 >= lines.length || lines[end + 1] === '';
      // A run that does not end like a paragraph ran on past one (into a share line, a list
      // heading): it ends at its last sentence end, or is no run at all.
      if (end > i && !closed) {
        while (end > i && !endsSentence(lines[end] ?? '')) end--;
      }
    }
    blocks.push({ text: lines.slice(i, end + 1).join(' '), line: i, blankBefore, lines: end - i + 1, firstLine: line });
    i = end + 1;
  }
  return { blocks, wrap };
}
