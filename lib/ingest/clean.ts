/**
 * Scraped page text -> headline, body paragraphs, captions and the dropped page furniture.
 *
 * The method needs no rule per site, in the spirit of jusText:
 * 1. Lines are rebuilt into blocks (paragraphs.ts joins hard-wrapped lines back together).
 * 2. Each block is classified by features that hold in any language: its length in words, the
 *    share of function words (prose is made of them, menus and headline lists are not), whether
 *    it ends a sentence, menu and list shape, and whether it is a known kind of furniture (phrase
 *    lists per language are one signal among these, not the method).
 * 3. The body is the stretch of the page where prose outweighs everything else: the maximum-sum
 *    run of blocks, prose counting for its length and furniture against it. A heading that opens
 *    a list of other articles ends it.
 * 4. Inside the body, furniture, captions, pull quotes (a line repeating part of a paragraph) and
 *    repeated paragraphs are dropped; the headline is the best headline-shaped block above it,
 *    scored on shape and on nearness to the body, never a menu, ticker, kicker or section label.
 */
import { isDoubledHeadline, isFollowPrompt, isFurniture, isMenu, isSectionEnder, isWidget, isFurniturePrefixed } from './boilerplate';
import { looksLikeByline, parseCreditLine, parsePlaceAgencyLine, readByline, type Byline } from './bylines';
import { isCaption } from './captions';
import { findDates, isDateLine } from './dates';
import { endsSentence, isFullBefore, toBlocks, type Block as RawBlock, type Wrap } from './paragraphs';
import { stopwordShare } from './stopwords';
import { comparisonKey, countWords } from './text';

export type Kind = 'ender' | 'furniture' | 'date' | 'caption' | 'credit' | 'text';

/** Where a block sits relative to the article, for the readers of dates, bylines and sources. */
export type Zone = 'above' | 'title' | 'between' | 'body' | 'after';

export interface PageBlock {
  text: string;
  kind: Kind;
  zone: Zone;
  /** Meaningful blocks (not furniture) between this one and the headline (or the body, without one). */
  distance: number;
  /** Part of a list of other articles (a ticker, a sidebar, a related list): its dates are theirs. */
  inList: boolean;
  /** A paragraph of the body (zone `body`, kept as text). */
  paragraph: boolean;
}

export interface CleanedArticle {
  title: string | null;
  paragraphs: string[];
  captions: string[];
  /** Dropped lines in page order. */
  removed: string[];
  /** Every block of the page with its place, in order. */
  blocks: PageBlock[];
  /** Author and source where the page prints them. */
  byline: Byline;
  /** 0 to 1: how clearly the headline and the body stood out from the rest of the page. */
  titleConfidence: number;
  bodyConfidence: number;
}

interface Block {
  text: string;
  key: string;
  kind: Kind;
  words: number;
  share: number;
  sentence: boolean;
  /** Printed more than once on the page. */
  repeated: boolean;
  /** An entry of a list of other articles. */
  listed: boolean;
}

function classify(text: string): Kind {
  if (isSectionEnder(text)) return 'ender';
  if (isFurniture(text) || isFurniturePrefixed(text) || isWidget(text) || isFollowPrompt(text) || isMenu(text) || isDoubledHeadline(text)) {
    return 'furniture';
  }
  if (isDateLine(text)) return 'date';
  if (isCaption(text)) return 'caption';
  if (parseCreditLine(text) !== null) return 'credit';
  return 'text';
}

/** Running text: long, or a sentence made of the words sentences are made of. */
const PROSE_WORDS = 18;
const SENTENCE_WORDS = 6;
const MIN_SHARE = 0.08;

function isProse(b: Block): boolean {
  if (b.kind !== 'text') return false;
  if (b.words >= PROSE_WORDS) return b.sentence || b.share >= MIN_SHARE;
  return b.words >= SENTENCE_WORDS && b.sentence && b.share >= MIN_SHARE;
}

/**
 * What a block adds to the body stretch: prose by its length, everything else against it.
 * Furniture weighs more than a short line, so a related list or a comment form after the body
 * is never bridged; a caption weighs little, so one between two paragraphs is.
 */
function weight(b: Block): number {
  if (isProse(b)) return Math.min(b.words, 60) + (b.sentence ? 10 : 0);
  switch (b.kind) {
    case 'caption':
      return -4;
    case 'text':
      return b.words >= SENTENCE_WORDS ? -6 : -10;
    case 'date':
    case 'credit':
      return -25;
    default:
      return -30;
  }
}

/** A stretch this heavy is an article (one or two real paragraphs), not a stray sentence. */
const MIN_BODY_WEIGHT = 40;

/** The maximum-sum run of blocks: the stretch of the page that is most article-like. */
function bodyRun(blocks: readonly Block[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'ender') {
      // A heading that opens a list of other articles after the article ends the search: the
      // summaries in such lists read like prose too.
      if (bestSum >= MIN_BODY_WEIGHT) break;
      sum = 0;
      start = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight(b);
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  }
  return best;
}

/** A headline above a deck has at least this many words (a section label above has fewer). */
const DECK_MIN_HEADLINE_WORDS = 5;

/** How much worse a headline's shape may be than its deck's (a longer deck scores more). */
const DECK_SHAPE_MARGIN = 2;

/** Inserts (a newsletter prompt, a read-also link, an ad label, a picture) that may interrupt a body. */
const MAX_INSERTS = 2;

/**
 * The body's end, moved past inserts that interrupt it when prose follows them: a last paragraph
 * or two after a newsletter prompt weighs less than the prompt, so the maximum-sum run stops
 * short of them. Only furniture and captions are bridged, never a heading or a short line that
 * could be another article's headline.
 */
function extendOverInserts(blocks: readonly Block[], end: number): number {
  let last = end;
  for (let i = end + 1; i < blocks.length && i - last <= MAX_INSERTS + 1; i++) {
    const b = blocks[i]!;
    if (isProse(b)) {
      last = i;
      continue;
    }
    if ((b.kind !== 'furniture' && b.kind !== 'caption') || b.listed) break;
  }
  return last;
}

/** Whether block `i` is an entry of a list of other articles: a headline with its own date or printed twice. */
function listEntryAt(blocks: readonly Block[], i: number): boolean {
  const here = blocks[i];
  if (!here) return false;
  if (isDoubledHeadline(here.text)) return true;
  const next = blocks[i + 1];
  if (!next) return false;
  if (here.kind !== 'date' && here.key === next.key) return true;
  return here.kind === 'text' && !isProse(here) && next.kind === 'date';
}

/** A headline with its date on the same line: "Title — 6 June 2024", "Title (20/11/2022)". */
function datedHeadline(b: Block): boolean {
  return (
    b.kind === 'text' && !b.sentence && b.words >= 3 && /(?:[-–—|]\s*|\()[^-–—|()]*\p{Nd}[^-–—|()]*\)?$/u.test(b.text) && hasDate(b.text)
  );
}

function hasDate(text: string): boolean {
  return isDateLine(text.replace(/^.*(?:[-–—|]|\()\s*/u, '').replace(/\)$/u, ''));
}

const HEADLINE_MIN_WORDS = 3;
/** The body stretch's first block may be the headline only when it is headline-sized. */
const HEADLINE_OPENER_MAX_WORDS = 30;
const HEADLINE_OPENER_PENALTY = 3;
/**
 * The first line of a joined block is usually a wrapped line of the lead, so it wins only over a
 * headline that is missing or weak: one this much better placed and shaped.
 */
const HEADLINE_SPLIT_PENALTY = 6;
const HEADLINE_MAX_WORDS = 40;

/** "Label: value" metadata ("کد خبر: ۲۹۸۷۶۵۴", "زمان مطالعه: ۳ دقیقه", "Tác giả: …"), not a headline. */
const LABEL_VALUE = /^[^:：|]{1,25}[:：|]\s*\S.{0,30}$/u;
/** A list item: key points, a gallery, a menu printed as a list ("• …", "- …", "◄ …"). */
const LIST_ITEM = /^\s*[•·▪●◦‣∙*◄►▶◀➤✓✔→–—-]\s/u;
/** A line that leads into the next: it ends with a colon or a semicolon. */
const LEAD_IN = /[:：;؛]\s*$/u;
/** Share of digits above which a line is a code, a count or a clock, not a headline. */
const MAX_DIGIT_SHARE = 0.25;

/**
 * How much a block looks like this article's headline, or -Infinity when it cannot be one. The
 * headline sits close above the body and reads like one: several words, not a sentence with a
 * full stop, no date or code in it. Kickers and section labels are too short, tickers and menus
 * are furniture, a line printed elsewhere on the page is a label.
 */
function headlineScore(b: Block, distance: number): number {
  if (b.kind !== 'text' || b.words < HEADLINE_MIN_WORDS || b.words > HEADLINE_MAX_WORDS || b.text.length > 300) return -Infinity;
  if (parseCreditLine(b.text) !== null || looksLikeByline(b.text) || LIST_ITEM.test(b.text)) return -Infinity;
  if (parsePlaceAgencyLine(b.text) !== null) return -Infinity;
  const digits = (b.text.match(/\p{Nd}/gu) ?? []).length;
  if (digits / b.text.replace(/\s/gu, '').length > MAX_DIGIT_SHARE) return -Infinity;
  let score = 10 - distance;
  score += b.words >= 6 ? 6 : b.words >= 4 ? 2 : 0;
  if (b.words > 25) score -= 2;
  if (b.sentence) score -= 4;
  if (b.repeated) score -= 6;
  if (b.words <= 6 && LABEL_VALUE.test(b.text)) score -= 8;
  if (b.text === b.text.toUpperCase() && /\p{Lu}/u.test(b.text)) score -= 4;
  // A pre-title leads into the headline ("…مطرح شد؛"); a caption or byline ends in its credit.
  if (LEAD_IN.test(b.text)) score -= 8;
  if (/\)\s*$/u.test(b.text)) score -= 3;
  if (findDates(b.text).some((d) => d.parts.year !== undefined)) score -= 8;
  return score;
}

export interface CleanOptions {
  /** Comparison keys of the site's template lines (see template.ts): furniture unless prose. */
  template?: ReadonlySet<string>;
  /** A line (by index) never joined to the next one: a headline found glued to its lead. */
  keepApart?: number;
  /** The headline the page's markup marks (an HTML page's h1): the title when printed as a block. */
  headline?: string;
}

function toBlock(text: string): Block {
  return {
    text,
    key: comparisonKey(text),
    kind: classify(text),
    words: countWords(text),
    share: stopwordShare(text),
    sentence: endsSentence(text),
    repeated: false,
    listed: false,
  };
}

/** Words a hard-wrapped headline may leave on its last line. */
const HEADLINE_TAIL_WORDS = 6;

/**
 * The last block of the headline when it wrapped onto lines of its own: on a hard-wrapped page a
 * headline longer than the width goes on over one or more lines, the last of them a fragment.
 * Each line is the headline's only when the line above it is full (its first word did not fit
 * there) and it is a bare fragment: no sentence, date, byline, name or furniture; the last one is
 * short.
 */
function headlineEnd(blocks: readonly Block[], raw: readonly RawBlock[], titleAt: number, wrap: Wrap | null): number | null {
  if (wrap === null || raw[titleAt]!.lines > 1) return null;
  const fragment = (i: number) => {
    const b = blocks[i];
    return b !== undefined && raw[i]!.lines === 1 && b.kind === 'text' && !b.sentence && !looksLikeByline(b.text);
  };
  // A full line goes on; the first line with room left is the headline's last.
  let end = titleAt;
  let words = blocks[titleAt]!.words;
  while (fragment(end + 1) && isFullBefore(blocks[end]!.text, blocks[end + 1]!.text, wrap)) {
    end++;
    words += blocks[end]!.words;
    if (words > HEADLINE_MAX_WORDS) return null;
  }
  return end > titleAt && blocks[end]!.words <= HEADLINE_TAIL_WORDS ? end : null;
}

export function cleanArticle(text: string, options: CleanOptions = {}): CleanedArticle {
  const { blocks: raw, wrap } = toBlocks(text, options.keepApart);
  const counts = new Map<string, number>();
  const blocks: Block[] = raw.map((r) => {
    const b = toBlock(r.text);
    counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
    return b;
  });
  for (const b of blocks) {
    b.repeated = (counts.get(b.key) ?? 0) > 1;
    if (b.kind === 'text' && options.template?.has(b.key) && !isProse(b)) b.kind = 'furniture';
  }

  // Entries of article lists (tickers, sidebars): a headline with its own timestamp, or printed twice.
  const inList = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (listEntryAt(blocks, i) && (listEntryAt(blocks, i + 2) || listEntryAt(blocks, i - 2))) inList.add(i).add(i + 1);
    const b = blocks[i]!;
    const neighbourDated = [blocks[i - 1], blocks[i + 1]].some((n) => n !== undefined && datedHeadline(n));
    if (datedHeadline(b) && neighbourDated) inList.add(i);
  }
  // A list of other articles is furniture wherever it is: it must not bridge into the body.
  for (const i of inList) {
    const b = blocks[i]!;
    b.listed = true;
    if (b.kind === 'text') b.kind = 'furniture';
  }

  // A page too short to hold prose (a note, a stub) still has its text blocks read as the body,
  // so that it can be listed and corrected rather than lost.
  const firstText = blocks.findIndex((b) => b.kind === 'text');
  const run = bodyRun(blocks) ?? (firstText >= 0 ? [firstText, blocks.length - 1] : null);
  let bodyStart = run?.[0] ?? blocks.length;
  const bodyEnd = run ? extendOverInserts(blocks, run[1]) : blocks.length - 1;

  // Distances count meaningful blocks only: a share bar between the headline and the clock does
  // not push the clock away.
  const rank: number[] = [];
  blocks.forEach((b, i) => rank.push((rank[i - 1] ?? 0) + (b.kind === 'furniture' ? 0 : 1)));

  let titleAt = -1;
  let titleScore = -Infinity;
  let runnerUp = -Infinity;
  // A long headline can outweigh its own furniture and open the body stretch: the stretch's first
  // block is a candidate too when it does not read as a sentence.
  const opener = blocks[bodyStart];
  const lastCandidate = opener && !opener.sentence && opener.words <= HEADLINE_OPENER_MAX_WORDS ? bodyStart : bodyStart - 1;
  for (let i = lastCandidate; i >= 0; i--) {
    const b = blocks[i]!;
    if (inList.has(i)) continue;
    const distance = Math.max(0, (rank[bodyStart] ?? 0) - (rank[i] ?? 0) - 1);
    const score = headlineScore(b, distance) - (i === bodyStart ? HEADLINE_OPENER_PENALTY : 0);
    if (score > titleScore) {
      runnerUp = titleScore;
      titleScore = score;
      titleAt = i;
    } else if (score > runnerUp) runnerUp = score;
  }
  // A deck (a summary line under the headline) is headline-shaped and nearer the body. When the
  // block right above the best candidate is as headline-shaped, that one is the headline and the
  // best candidate its deck (a pre-title above a headline leads into it and is excluded).
  const above = titleAt - 1;
  if (titleAt > 0 && !inList.has(above)) {
    const upper = blocks[above]!;
    const best = blocks[titleAt]!;
    if (upper.words >= DECK_MIN_HEADLINE_WORDS && !LEAD_IN.test(upper.text)) {
      const score = headlineScore(upper, 0);
      // The upper block must read as well as a headline on its own, distance apart.
      if (score >= headlineScore(best, 0) - DECK_SHAPE_MARGIN) {
        runnerUp = titleScore;
        titleScore = score;
        titleAt = above;
      }
    }
  }
  // The markup's headline, printed as a block of its own, is the title whatever the shapes say.
  const markedKey = options.headline === undefined ? null : comparisonKey(options.headline);
  const marked = markedKey === null ? -1 : blocks.findIndex((b, i) => !inList.has(i) && b.key === markedKey);
  if (marked >= 0 && marked !== titleAt && marked <= bodyEnd) {
    runnerUp = Math.max(titleScore, runnerUp);
    titleScore = Math.max(titleScore, headlineScore(blocks[marked]!, 0));
    titleAt = marked;
    if (bodyStart <= marked) bodyStart = marked;
  }
  // On a tightly wrapped page a headline printed right above its lead is joined to it like any
  // wrapped line. The first line of a joined first block is a candidate too; when it wins, the
  // page is read again with that line kept apart.
  const joined = raw[bodyStart];
  if (options.keepApart === undefined && joined && joined.lines > 1 && titleAt !== bodyStart) {
    const head = toBlock(joined.firstLine);
    if (!head.sentence && headlineScore(head, 0) - HEADLINE_SPLIT_PENALTY > titleScore) {
      return cleanArticle(text, { ...options, keepApart: joined.line });
    }
  }

  // Some pages print no headline line but start with the article: its first block is not one.
  const tailAt = titleAt >= 0 && !inList.has(titleAt + 1) ? headlineEnd(blocks, raw, titleAt, wrap) : null;
  const titleEnd = tailAt ?? titleAt;
  const title =
    titleAt >= 0
      ? blocks
          .slice(titleAt, titleEnd + 1)
          .map((b) => b.text)
          .join(' ')
      : null;
  if (titleAt <= bodyStart && bodyStart <= titleEnd) bodyStart = titleEnd + 1;
  const anchor = titleAt >= 0 ? titleAt : bodyStart;

  const paragraphs: string[] = [];
  const captions: string[] = [];
  const removed: string[] = [];
  const credits: string[] = [];
  const page: PageBlock[] = [];
  const seen = new Set<string>(title ? [comparisonKey(title)] : []);
  const seenCaptions = new Set<string>();
  const bodyKeys = blocks
    .slice(bodyStart, bodyEnd + 1)
    .filter(isProse)
    .map((b) => b.key);

  const addCaption = (b: Block) => {
    if (seenCaptions.has(b.key)) removed.push(b.text);
    else {
      seenCaptions.add(b.key);
      captions.push(b.text);
    }
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const zone: Zone =
      i >= titleAt && i <= titleEnd && titleAt >= 0
        ? 'title'
        : i < anchor
          ? 'above'
          : i < bodyStart
            ? 'between'
            : i <= bodyEnd
              ? 'body'
              : 'after';
    const distance = Math.abs((rank[i] ?? 0) - (rank[anchor] ?? 0));
    let paragraph = false;
    // A metadata line may print the source beside the date ("Source: Reuters | 5 March 2024").
    if (b.kind === 'credit' || b.kind === 'date') {
      const credit = parseCreditLine(b.text);
      if (credit) credits.push(credit);
    }
    if (zone === 'title') {
      // The headline is the title, not a removed line.
    } else if (b.kind === 'caption' && zone !== 'after' && zone !== 'above') addCaption(b);
    else if (zone === 'body' && b.kind === 'text' && !seen.has(b.key) && keepInBody(b, blocks[i + 1], bodyKeys)) {
      if (seenCaptions.has(b.key)) removed.push(b.text);
      else {
        seen.add(b.key);
        paragraphs.push(b.text);
        paragraph = true;
      }
    } else if (zone === 'body' && b.kind === 'text' && blocks[i + 1]?.key === b.key && !isProse(b)) {
      // A short line printed twice in a row inside the body is a picture's alt text and caption.
      addCaption(b);
    } else removed.push(b.text);
    page.push({ text: b.text, kind: b.kind, zone, distance, inList: inList.has(i), paragraph });
  }

  const byline = readByline(page, credits);
  dropAuthorBio(byline.author, page, paragraphs, removed);

  const bodyConfidence =
    paragraphs.length === 0
      ? 0
      : bodyCertainty(
          blocks,
          raw.some((r) => r.lines > 1),
          bodyStart,
          bodyEnd,
          page,
        );
  return {
    title,
    paragraphs,
    captions,
    removed,
    blocks: page,
    byline,
    titleConfidence: title === null ? 0.2 : clamp01(0.5 + (titleScore - Math.max(runnerUp, 0)) / 20),
    bodyConfidence,
  };
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

const runWeight = (blocks: readonly Block[]) => {
  const run = bodyRun(blocks);
  return run ? blocks.slice(run[0], run[1] + 1).reduce((sum, b) => sum + weight(b), 0) : 0;
};

/**
 * How sure the body's bounds are. Doubt comes from a rival stretch of prose elsewhere on the
 * page (a teaser, a second article), from text inside the stretch that was set aside as not
 * prose, from a body of a single paragraph or of little text, and from hard wrapping, whose
 * paragraph breaks are inferred rather than printed.
 */
function bodyCertainty(blocks: readonly Block[], wrapped: boolean, start: number, end: number, page: readonly PageBlock[]): number {
  const best = blocks.slice(start, end + 1).reduce((sum, b) => sum + weight(b), 0);
  if (best <= 0) return 0.2;
  const rival = Math.max(runWeight(blocks.slice(0, start)), runWeight(blocks.slice(end + 1)));
  const setAside = page.slice(start, end + 1).filter((b) => b.zone === 'body' && b.kind === 'text' && !b.paragraph).length;
  const paragraphs = page.filter((b) => b.paragraph).length;
  return clamp01(
    0.95 -
      0.5 * Math.min(1, rival / best) -
      0.1 * setAside -
      (paragraphs < 2 ? 0.3 : 0) -
      (best < MIN_BODY_WEIGHT ? 0.3 : 0) -
      (wrapped ? 0.15 : 0),
  );
}

/**
 * A closing paragraph that opens with the author's name ("Elise Verhoeven covers security…",
 * "فرشته رحیمی خبرنگار…") is the author's bio, not the article.
 */
function dropAuthorBio(author: string | null, page: PageBlock[], paragraphs: string[], removed: string[]): void {
  if (!author || paragraphs.length < 2) return;
  const name = comparisonKey(author);
  const last = page.findLast((b) => b.paragraph);
  if (!last || !comparisonKey(last.text).startsWith(`${name} `)) return;
  last.paragraph = false;
  last.zone = 'after';
  paragraphs.pop();
  removed.push(last.text);
}

/**
 * Whether a text block inside the body stretch is one of the article's paragraphs. A short line
 * that is not a sentence (a subhead-sized label, an image's alt text) is not; nor is a pull quote,
 * a line whose words are all part of a longer paragraph of the same body.
 */
function keepInBody(b: Block, next: Block | undefined, bodyKeys: readonly string[]): boolean {
  if (next?.key === b.key && !isProse(b)) return false;
  if (!isProse(b) && !(b.sentence && b.words >= 3) && bodyKeys.length > 0) return false;
  const quote = b.key.replace(/^["“”«»'‘’]+|["“”«»'‘’.…]+$/gu, '');
  if (quote.length >= 20 && bodyKeys.some((k) => k !== b.key && k.length > b.key.length && k.includes(quote))) return false;
  return true;
}
