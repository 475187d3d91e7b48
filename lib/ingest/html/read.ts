/**
 * A decoded HTML page -> the text the article pipeline reads, plus what the markup adds to it.
 *
 * The page is parsed by a real HTML parser into an inert DOM (linkedom: nothing is executed,
 * nothing is fetched, no resource is resolved). Elements that are never visible text (scripts,
 * styles, frames, forms' controls, hidden elements) are dropped; page furniture named as such by
 * the markup (nav, aside, footer, menus, cookie banners, share bars, comments, related lists) is
 * set aside for review; figure captions go to captions. Mozilla's Readability then finds the
 * main content. The text handed on is the page as a scraper would see it without its marked
 * furniture, less the blocks inside the body that Readability left out: the header above the
 * body (headline, date, byline) and what follows it are judged by the text cleaner, as in a
 * scraped page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DeclaredMetadata } from '../types';
import { tagOf, textBlocks, type HtmlBlock } from './blocks';
import { FURNITURE_CLASS_COMPOUNDS, FURNITURE_CLASS_WORDS, FURNITURE_ROLES, FURNITURE_TAGS, NEVER_TEXT_TAGS } from './furniture';
import { readDeclared } from './metadata';

export interface HtmlReading {
  /** Blocks of visible text, one per line, a blank line between blocks. */
  text: string;
  /** Figure captions of the page, in order. */
  captions: string[];
  /** Text set aside by the markup or the extractor, in page order, for review. */
  removed: string[];
  /** Texts of the page's top-level headings (`h1`), in order. */
  headings: string[];
  declared: DeclaredMetadata;
}

/** A block of at least this many words opens the body (shorter ones are datelines, bylines, kickers). */
const BODY_OPENING_WORDS = 12;
/** Below this share of the page's text, Readability picked a fragment, not the article. */
const MIN_EXTRACTED_SHARE = 0.25;

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const keyOf = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if ((element.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function classWords(element: Element): { words: string[]; compounds: string[] } {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return {
    words: names.flatMap((n) =>
      n
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[\s_-]+/),
    ),
    compounds: names.map((n) => n.toLowerCase().replace(/[_-]/g, '')),
  };
}

function isInside(element: Element, tags: readonly string[]): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (tags.includes(tagOf(parent))) return true;
  }
  return false;
}

/** Marked as furniture by its tag, role, or class and id. */
function isMarkedFurniture(element: Element, headerIsSite: boolean): boolean {
  const tag = tagOf(element);
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = (element.getAttribute('role') ?? '').trim().toLowerCase();
  if (FURNITURE_ROLES.has(role)) return true;
  // The site's own header (logo, menu, clock, ticker); an article's header holds its headline.
  if ((tag === 'header' || role === 'banner') && headerIsSite && !isInside(element, ['article', 'main'])) return true;
  const { words: w, compounds } = classWords(element);
  return w.some((x) => FURNITURE_CLASS_WORDS.has(x)) || compounds.some((x) => FURNITURE_CLASS_COMPOUNDS.has(x));
}

/**
 * A wrapper whose class happens to name furniture (`page has-sidebar`) but holds the article
 * itself: its headline, its `article` or `main`, or most of the page's text.
 */
function holdsArticle(element: Element, pageChars: number): boolean {
  if (element.querySelector('h1, article, main, [role="main"]')) return true;
  return (element.textContent?.length ?? 0) > pageChars * 0.5;
}

function prune(document: Document, body: Element, removed: string[], captions: string[]): void {
  const pageChars = body.textContent?.length ?? 0;
  const headerIsSite = [...document.querySelectorAll('h1')].some((h) => !isInside(h, ['header']));
  const drop: Element[] = [];
  // Children go on the stack last to first, so elements are visited in page order.
  const stack: Element[] = [...body.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    const tag = tagOf(element);
    if (NEVER_TEXT_TAGS.has(tag) || isHidden(element)) {
      drop.push(element);
      continue;
    }
    if (isMarkedFurniture(element, headerIsSite) && !holdsArticle(element, pageChars)) {
      removed.push(...textBlocks(element, (e) => NEVER_TEXT_TAGS.has(tagOf(e))).map((b) => b.text));
      drop.push(element);
      continue;
    }
    if (tag === 'figcaption') {
      captions.push(...textBlocks(element, (e) => NEVER_TEXT_TAGS.has(tagOf(e))).map((b) => b.text));
      drop.push(element);
      continue;
    }
    stack.push(...[...element.children].reverse());
  }
  for (const element of drop) element.remove();
}

/** The blocks Readability keeps as the article, or null when it finds none worth trusting. */
function extracted(document: Document, pageBlocks: readonly HtmlBlock[]): Set<string> | null {
  let content: Element | null | undefined;
  try {
    content = new Readability<Element>(document, { serializer: (node) => node as Element, keepClasses: true }).parse()?.content;
  } catch {
    return null;
  }
  if (!content) return null;
  const keys = new Set(textBlocks(content).map((b) => keyOf(b.text)));
  const pageChars = pageBlocks.reduce((sum, b) => sum + b.text.length, 0);
  const keptChars = pageBlocks.filter((b) => keys.has(keyOf(b.text))).reduce((sum, b) => sum + b.text.length, 0);
  return keptChars >= pageChars * MIN_EXTRACTED_SHARE ? keys : null;
}

export function readHtml(html: string): HtmlReading {
  const { document } = parseHTML(html);
  const declared = readDeclared(document);
  const removed: string[] = [];
  const captions: string[] = [];
  const body = document.body ?? document.documentElement;
  if (!body) return { text: '', captions, removed, headings: [], declared };
  prune(document, body, removed, captions);
  const headings = [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);

  const pageBlocks = textBlocks(body);
  const kept = extracted(document, pageBlocks);
  let blocks = pageBlocks;
  if (kept) {
    const inBody = (b: HtmlBlock) => kept.has(keyOf(b.text));
    const start = pageBlocks.findIndex((b) => inBody(b) && b.heading === 0 && words(b.text) >= BODY_OPENING_WORDS);
    const end = pageBlocks.findLastIndex(inBody);
    if (start >= 0) {
      // Inside the body, what the extractor left out (share bars, inline teasers) would split it;
      // what follows the body (publication lines, credits, lists) is the cleaner's to judge, as
      // in a scraped page.
      const keep = (b: HtmlBlock, i: number) => i < start || i > end || inBody(b);
      blocks = pageBlocks.filter(keep);
      removed.push(...pageBlocks.filter((b, i) => !keep(b, i)).map((b) => b.text));
    }
  }
  return { text: blocks.map((b) => b.text).join('\n\n'), captions, removed, headings, declared };
}
