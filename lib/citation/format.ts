/**
 * A citation of one article as plain text, for pasting into a report. Pure: the caller passes the
 * words in the reader's language, the permalink and the access date.
 */
import type { DatePrecision, TextDirection } from '../db/generated/enums';

export interface CitationArticle {
  source: string | null;
  title: string;
  direction: TextDirection;
  dateText: string | null;
  /** Gregorian `YYYY-MM-DD` as stored (first of the month/year when less precise). */
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
}

export interface CitationLabels {
  /** Used when the article names no outlet. */
  unknownSource: string;
  /** Before the printed date, e.g. "printed". */
  printed: string;
  /** Before the normalised date, e.g. "date". */
  normalised: string;
  /** Before the access date, e.g. "accessed". */
  accessed: string;
  /** Said instead of a normalised date when the page printed none that is complete. */
  noDate: string;
}

export interface CitationInput {
  article: CitationArticle;
  /** The title in the reader's language, when a translation exists. */
  translatedTitle?: { text: string; direction: TextDirection } | null;
  permalink: string;
  /** `YYYY-MM-DD`. */
  accessedOn: string;
  labels: CitationLabels;
}

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
// Bidi controls that could escape the isolate and reorder the rest of the line.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text wrapped in a directional isolate: pasted into a document of the other direction, an Arabic
 * title cannot pull the punctuation or the date after it to the wrong side.
 */
export function isolate(text: string, direction: TextDirection): string {
  return `${direction === 'rtl' ? RLI : LRI}${text.replace(BIDI_CONTROLS, '').trim()}${PDI}`;
}

/** The stored date as precise as the page printed it: `2024-07-05`, `2024-07` or `2024`. */
export function normalisedDate(publishedAt: string | null, precision: CitationArticle['datePrecision']): string | null {
  if (!publishedAt) return null;
  if (precision === 'year') return publishedAt.slice(0, 4);
  if (precision === 'month') return publishedAt.slice(0, 7);
  return publishedAt.slice(0, 10);
}

export function formatCitation({ article, translatedTitle, permalink, accessedOn, labels }: CitationInput): string {
  const dir = article.direction;
  const parts: string[] = [];
  parts.push(article.source ? isolate(article.source, dir) : labels.unknownSource);
  let title = `“${isolate(article.title, dir)}”`;
  if (translatedTitle?.text.trim()) title += ` [${isolate(translatedTitle.text, translatedTitle.direction)}]`;
  parts.push(title);
  const iso = normalisedDate(article.publishedAt, article.datePrecision);
  const dates: string[] = [];
  if (article.dateText) dates.push(`${labels.printed}: ${isolate(article.dateText, dir)}`);
  dates.push(`${labels.normalised}: ${iso ?? labels.noDate}`);
  parts.push(dates.join('; '));
  parts.push(permalink);
  parts.push(`${labels.accessed}: ${accessedOn}`);
  return `${parts.join('. ')}.`;
}
