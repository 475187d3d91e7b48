/**
 * Chooses the article's own date among every date the page prints. Each printed date is scored
 * on its context: where it sits relative to the headline and the body, whether it stands on a
 * line of its own (a date line, a metadata line), whether a label calls it the publication or
 * the update, whether it has a year, and whether it belongs to a list of other articles (ticker,
 * sidebar, related list) or to a sentence of the body. A printed weekday must agree with the
 * date. When no date stands out, the article gets none and a note saying why: a wrong date is
 * worse than none.
 */
import type { PageBlock } from './clean';
import { findDates, type DateCandidate, type FindDateOptions } from './dates';
import type { DateParts, DatePrecision } from './types';

export interface ArticleDate {
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  dateParts: DateParts | null;
  dateText: string | null;
  calendar: string | null;
  /** 0 to 1: how clearly the chosen date stood out (0 without a date). */
  confidence: number;
  /** Why there is no full date although the page prints date-like text, or null. */
  note: string | null;
}

const NO_DATE: ArticleDate = {
  publishedAt: null,
  datePrecision: null,
  dateParts: null,
  dateText: null,
  calendar: null,
  confidence: 0,
  note: null,
};

interface Scored {
  candidate: DateCandidate;
  score: number;
  block: number;
}

/** Where the page's parts are, worked out once for all its dates. */
interface PageContext {
  /** For each block, the meaningful blocks after the body up to it (dates printed after it). */
  afterBody: number[];
  /** The headline's block, or the body's first block on a page without a headline. */
  anchor: number;
}

function pageContext(blocks: readonly PageBlock[]): PageContext {
  const afterBody: number[] = [];
  let count = 0;
  for (const b of blocks) {
    if (b.zone === 'after' && b.kind !== 'furniture') count++;
    afterBody.push(count);
  }
  const anchor = blocks.findIndex((b) => b.zone !== 'above');
  return { afterBody, anchor: anchor < 0 ? blocks.length : anchor };
}

function contextScore(blocks: readonly PageBlock[], i: number, c: DateCandidate, page: PageContext): number {
  const b = blocks[i]!;
  let score = 0;
  if (b.inList) return -20;
  if (c.label === 'updated') score -= 6;
  else if (c.label === 'published') score += 6;
  // A line that is nothing but a date (with a label, a time, a place) is a metadata line.
  if (b.kind === 'date') score += 3;
  if (c.gregorian !== null) score += 2;
  switch (b.zone) {
    case 'between':
      score += 8 - b.distance;
      break;
    case 'above': {
      // Just above the headline is a date line; above the site's navigation, or further up, it
      // is the page clock or a ticker.
      const navigationBetween = blocks.slice(i + 1, page.anchor).some((x) => x.kind === 'furniture' || x.kind === 'ender');
      score += b.distance <= 2 && !navigationBetween ? 6 - b.distance : -4 - Math.min(b.distance, 6);
      break;
    }
    case 'title':
      score -= 8;
      break;
    case 'body':
      // Dates in the body's sentences are the events' dates (see `leadDate` for the exception).
      score += b.paragraph ? -10 : 2;
      break;
    case 'after':
      // Some pages print the publication date right after the body, before the page's own lists.
      score += page.afterBody[i]! <= 2 ? 3 - page.afterBody[i]! : -6;
      break;
  }
  return score;
}

/** Below this a date is not trusted at all. */
const MIN_SCORE = 1;
/** Two different dates this close in score cannot be told apart. */
const TIE_MARGIN = 2;

function toArticleDate(c: DateCandidate, confidence: number, note: string | null): ArticleDate {
  return {
    publishedAt: c.gregorian,
    datePrecision: c.gregorian ? 'day' : null,
    dateParts: c.parts,
    dateText: c.text,
    calendar: c.calendar,
    confidence,
    note,
  };
}

/** Paragraphs whose day-and-month (without a year) stands for the article's day. */
const LEAD_PARAGRAPHS = 3;

/**
 * Wire and Vietnamese copy opens with the day it reports ("VOV.VN - … ngày 13/1 …", "عمان 3 آذار
 * (بترا) –"). Where the page prints no date of its own, that day is the best reading there is;
 * it carries no year, so it never makes up a full date. A full date in the lead is an event's.
 */
function leadDate(blocks: readonly PageBlock[], options: FindDateOptions): DateCandidate | null {
  const lead = blocks.filter((b) => b.paragraph).slice(0, LEAD_PARAGRAPHS);
  for (const b of lead) {
    const c = findDates(b.text, options).find((d) => !d.weekdayMismatch && !d.relative && !d.hasYear);
    if (c) return c;
  }
  return null;
}

/** The article's own date, chosen among the dates the page prints. */
export function pickArticleDate(blocks: readonly PageBlock[], options: FindDateOptions = {}): ArticleDate {
  const page = pageContext(blocks);
  const scored: Scored[] = [];
  let mismatched = 0;
  blocks.forEach((b, i) => {
    const found = findDates(b.text, options);
    for (const c of found) {
      if (c.weekdayMismatch) {
        mismatched++;
        continue;
      }
      let score = contextScore(blocks, i, c, page);
      // A Gregorian date printed beside a Hijri one on the same line is the one to report.
      if (c.calendar === 'gregory' && found.some((o) => o !== c && o.calendar !== 'gregory')) score += 1;
      scored.push({ candidate: c, score, block: i });
    }
  });
  scored.sort((a, b) => b.score - a.score);
  // A Hijri date printed with its Gregorian equivalent ("14 رمضان 1445 هـ - 24 مارس 2024") is
  // reported in the Gregorian form, whichever of the two the label stands before.
  const top = scored[0];
  const twin =
    top && top.candidate.calendar !== 'gregory' && top.candidate.gregorian !== null
      ? scored.find((s) => s.block === top.block && s.candidate.calendar === 'gregory' && s.candidate.gregorian === top.candidate.gregorian)
      : undefined;
  const best = twin ? { ...twin, score: top!.score } : top;
  if (!best || best.score < MIN_SCORE) {
    const lead = leadDate(blocks, options);
    if (lead)
      return toArticleDate(
        lead,
        0.4,
        'The page prints no date of its own; the day named at the start of the article is given, without a year.',
      );
    const note =
      mismatched > 0
        ? 'The page prints a date whose weekday does not match it, so it is not trusted.'
        : scored.length > 0
          ? 'The page prints dates, but only in lists of other articles, page clocks or the body, not as this article’s date.'
          : null;
    return { ...NO_DATE, note };
  }
  const rival = scored.find(
    (s) => s.candidate.gregorian !== null && best.candidate.gregorian !== null && s.candidate.gregorian !== best.candidate.gregorian,
  );
  if (rival && best.score - rival.score < TIE_MARGIN) {
    return {
      ...NO_DATE,
      note: `Two printed dates are equally likely to be the article’s (“${best.candidate.text}” and “${rival.candidate.text}”); check the page and set the date by hand.`,
    };
  }
  const margin = best.score - (rival?.score ?? MIN_SCORE - 1);
  const confidence = Math.max(0.3, Math.min(1, 0.4 + margin / 15));
  const note = best.candidate.gregorian === null ? 'The page prints the date without a year, so no full date is given.' : null;
  return toArticleDate(best.candidate, best.candidate.gregorian === null ? Math.min(confidence, 0.5) : confidence, note);
}
