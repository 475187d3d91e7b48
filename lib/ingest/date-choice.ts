/**
 * Chooses the article's own date among the dates a page prints.
 */
import { findDates, type DateCandidate, type FindDateOptions } from './dates';
import type { DateParts, DatePrecision } from './types';

export interface ArticleDate {
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  dateParts: DateParts | null;
  dateText: string | null;
  calendar: string | null;
}

const NO_DATE: ArticleDate = { publishedAt: null, datePrecision: null, dateParts: null, dateText: null, calendar: null };

function toArticleDate(c: DateCandidate): ArticleDate {
  return {
    publishedAt: c.gregorian,
    datePrecision: c.gregorian ? 'day' : null,
    dateParts: c.parts,
    dateText: c.text,
    calendar: c.calendar,
  };
}

/**
 * The article's own date. Only the header (the lines around the headline) and the first body
 * paragraphs are read: sidebars and related-news lists print other articles' dates. A header
 * date with a year beats one without; a date whose printed weekday is wrong is not trusted.
 */
export function pickArticleDate(
  headerLines: readonly string[],
  leadParagraphs: readonly string[],
  options: FindDateOptions = {},
): ArticleDate {
  const trusted = (lines: readonly string[]) =>
    lines.flatMap((l) => findDates(l, options)).filter((c) => !c.weekdayMismatch);
  const header = trusted(headerLines);
  const best = header.find((c) => c.gregorian !== null) ?? header[0] ?? trusted(leadParagraphs)[0];
  return best ? toArticleDate(best) : NO_DATE;
}
