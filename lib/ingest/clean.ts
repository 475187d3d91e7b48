/**
 * Scraped page text -> headline, body paragraphs, captions and the dropped page furniture.
 *
 * Each non-empty line is one block. Blocks are classified by known phrases, by shape (menus,
 * widgets, timestamps, doubled headlines) and by what follows them (headline + timestamp runs,
 * headlines printed twice in a row = a list of other articles). The headline is the first
 * headline-sized line; the body starts at the first prose line after it and ends where a list
 * of other articles or a closing credit begins. Paragraphs keep their printed text; a paragraph
 * printed twice (some scrapers print the whole body twice) is kept once.
 */
import {
  isDoubledHeadline,
  isFollowPrompt,
  isFurniture,
  isMenu,
  isSectionEnder,
  isWidget,
} from './boilerplate';
import { parseCreditLine } from './bylines';
import { isCaption } from './captions';
import { isDateLine } from './dates';
import { comparisonKey, countWords } from './text';

type Kind = 'ender' | 'furniture' | 'date' | 'caption' | 'doubled' | 'credit' | 'text';

interface Block {
  text: string;
  kind: Kind;
  key: string;
}

export interface CleanedArticle {
  title: string | null;
  paragraphs: string[];
  captions: string[];
  /** Dropped lines in page order. */
  removed: string[];
  /** Lines between the page top and the body, nearest the headline (dates, bylines live here). */
  headerNearTitle: string[];
  /** Header lines after the headline that are neither furniture nor captions (byline candidates). */
  headerAfterTitle: string[];
  /** Sources named by credit lines ("Theo_VnMedia"). */
  credits: string[];
}

function classify(text: string): Kind {
  if (isSectionEnder(text)) return 'ender';
  if (isFurniture(text) || isWidget(text) || isFollowPrompt(text) || isMenu(text)) return 'furniture';
  if (isDateLine(text)) return 'date';
  if (isCaption(text)) return 'caption';
  if (isDoubledHeadline(text)) return 'doubled';
  if (parseCreditLine(text) !== null) return 'credit';
  return 'text';
}

function isHeadlineSized(text: string): boolean {
  const words = countWords(text);
  return words >= 4 && words <= 40 && text.length <= 300;
}

/** A line that reads as running text rather than a label or headline. */
function isProse(text: string): boolean {
  const words = countWords(text);
  return words >= 10 || (words >= 5 && /[.!?؟۔。…"”»)]$/u.test(text));
}

/** Whether block `j` looks like an entry of a list of other articles (see `startsArticleList`). */
function listEntryAt(blocks: readonly Block[], j: number): boolean {
  const here = blocks[j];
  const next = blocks[j + 1];
  if (!here) return false;
  if (here.kind === 'doubled') return true;
  if (!next) return false;
  if (here.kind !== 'date' && here.key === next.key) return true;
  return here.kind === 'text' && !isProse(here.text) && next.kind === 'date';
}

/**
 * A list of other articles starts at block `i`: it is a headline printed twice in a row, or a
 * headline followed by its own timestamp, and another such entry follows within a few blocks
 * (before any section heading, which ends the article by itself).
 */
function startsArticleList(blocks: readonly Block[], i: number): boolean {
  if (!listEntryAt(blocks, i)) return false;
  for (let j = i + 2; j < Math.min(blocks.length, i + 10); j++) {
    if (blocks[j]?.kind === 'ender') return false;
    if (listEntryAt(blocks, j)) return true;
  }
  return false;
}

export function cleanArticle(text: string): CleanedArticle {
  const blocks: Block[] = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => ({ text: l, kind: classify(l), key: comparisonKey(l) }));

  // Entries of article lists (tickers, sidebars): headline + own timestamp, or printed twice.
  const inList = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (listEntryAt(blocks, i) && (listEntryAt(blocks, i + 2) || listEntryAt(blocks, i - 2))) inList.add(i).add(i + 1);
  }
  const titleAt = blocks.findIndex((b, i) => b.kind === 'text' && !inList.has(i) && isHeadlineSized(b.text));
  let bodyAt = blocks.findIndex((b, i) => i > titleAt && b.kind === 'text' && isProse(b.text));
  if (bodyAt < 0) bodyAt = blocks.findIndex((b, i) => i > titleAt && b.kind === 'text');
  if (bodyAt < 0) bodyAt = blocks.length;

  const title = titleAt >= 0 ? (blocks[titleAt]?.text ?? null) : null;
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const removed: string[] = [];
  const credits: string[] = [];
  const seen = new Set<string>(title ? [comparisonKey(title)] : []);
  const seenCaptions = new Set<string>();
  const addCaption = (b: Block) => {
    if (seenCaptions.has(b.key)) removed.push(b.text);
    else {
      seenCaptions.add(b.key);
      captions.push(b.text);
    }
  };

  const headerNearTitle: string[] = [];
  const headerAfterTitle: string[] = [];
  // Distance to the headline counts only meaningful blocks: a share bar between the headline
  // and the page clock does not push the clock away. A ticker of timestamped headlines above
  // the headline is another list of articles, and its dates are not this article's.
  const rank: number[] = [];
  blocks.forEach((b, i) => rank.push((rank[i - 1] ?? 0) + (b.kind === 'furniture' ? 0 : 1)));
  const anchorRank = rank[titleAt >= 0 ? titleAt : bodyAt] ?? 0;
  for (let i = 0; i < bodyAt; i++) {
    const b = blocks[i];
    if (!b || i === titleAt) continue;
    const near = Math.abs((rank[i] ?? 0) - anchorRank) <= 3;
    if (near && b.kind !== 'caption' && !inList.has(i)) headerNearTitle.push(b.text);
    if (i > titleAt && b.kind === 'text') headerAfterTitle.push(b.text);
    if (b.kind === 'caption') addCaption(b);
    else removed.push(b.text);
  }

  let end = blocks.length;
  for (let i = bodyAt; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const started = paragraphs.length > 0;
    if (started && (b.kind === 'ender' || startsArticleList(blocks, i))) {
      end = i;
      break;
    }
    if (b.kind === 'credit') {
      credits.push(parseCreditLine(b.text) ?? '');
      removed.push(b.text);
      // A closing credit ends the article; one before any paragraph is just dropped.
      if (started) {
        end = i + 1;
        break;
      }
      continue;
    }
    const next = blocks[i + 1];
    // A short line printed twice in a row inside the body is a picture's alt text and caption.
    if (b.kind === 'text' && next && next.key === b.key && !isProse(b.text)) {
      addCaption(b);
      continue;
    }
    // The second copy of such a caption, or of a caption seen in the header, is not body text.
    if (b.kind === 'caption' || seenCaptions.has(b.key)) addCaption(b);
    else if (b.kind === 'text' && !seen.has(b.key)) {
      seen.add(b.key);
      paragraphs.push(b.text);
    } else removed.push(b.text);
  }
  for (let i = end; i < blocks.length; i++) removed.push(blocks[i]?.text ?? '');

  return { title, paragraphs, captions, removed, headerNearTitle, headerAfterTitle, credits };
}
