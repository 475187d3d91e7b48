/**
 * Raw bytes -> the text the article pipeline reads, whatever the file's format. The format is
 * told by the bytes, never by the file name: `%PDF-` opens a PDF; markup opening the file (after
 * a byte-order mark and blank space) is an HTML page; everything else is text for decodeBytes.
 * After the pipeline has read the text, `mergeDeclared` weighs what an HTML page or a PDF
 * declared about itself against what it prints.
 */
import iconv from 'iconv-lite';
import { findDates } from './dates';
import { DEFAULT_MAX_BYTES, decodeBytes } from './decode';
import { decodeHtml } from './html/charset';
import { checkHtmlShape } from './html/limits';
import { readHtml } from './html/read';
import { bodyHash } from './hash';
import { directionOf } from './language';
import { pdfToText } from './pdf/layout';
import { comparisonKey } from './text';
import type { Declared, DeclaredChoice, DeclaredMetadata, IngestedArticle, IngestOptions, RefusedFile } from './types';

export type InputFormat = 'text' | 'html' | 'pdf';

export interface InputExtras {
  format: 'html' | 'pdf';
  metadata: DeclaredMetadata;
  captions: string[];
  removed: string[];
  /** Headings the markup marks as the page's headline (`h1`), in order. */
  headings: string[];
}

export type InputResult =
  | { ok: true; text: string; encoding: string; format: InputFormat; extras: InputExtras | null }
  | { ok: false; reason: RefusedFile['reason']; error: string; encoding: string | null };

/** How far into the file the opening markup of an HTML page is looked for. */
const SNIFF_CHARS = 1024;
const HTML_OPENING =
  /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|base|link|script|style|div|article|main|header|section|p|h1|table)[\s>/]/i;

function startText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_CHARS * 2);
  const buffer = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (head[0] === 0xff && head[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return iconv.decode(buffer.subarray(2), 'utf-16be');
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return buffer.subarray(start).toString('latin1');
}

/** The file's format, from its first bytes. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) return 'pdf';
  return HTML_OPENING.test(
    startText(bytes)
      .replace(/^[\s\uFEFF]+/, '')
      .slice(0, SNIFF_CHARS),
  )
    ? 'html'
    : 'text';
}

function readHtmlInput(bytes: Uint8Array, maxBytes: number): InputResult {
  const decoded = decodeHtml(bytes, maxBytes);
  if (!decoded.ok) return decoded;
  const shape = checkHtmlShape(decoded.text);
  if (!shape.ok) return { ok: false, reason: 'too-large', error: shape.error, encoding: decoded.encoding };
  const page = readHtml(decoded.text);
  if (!/\p{L}/u.test(page.text)) {
    return {
      ok: false,
      reason: 'no-text',
      error:
        'The page shows no text once its scripts, menus and other page furniture are set aside. Save the article page itself (not a script-built shell: open it in a browser first, then "Save page as") and upload that.',
      encoding: decoded.encoding,
    };
  }
  const extras: InputExtras = {
    format: 'html',
    metadata: page.declared,
    captions: page.captions,
    removed: page.removed,
    headings: page.headings,
  };
  return { ok: true, text: page.text, encoding: decoded.encoding, format: 'html', extras };
}

function readPdfInput(bytes: Uint8Array, sha256: string, options: IngestOptions): InputResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    const decoded = decodeBytes(bytes, maxBytes);
    if (!decoded.ok) return decoded;
  }
  const extracted = options.pdfText?.get(sha256);
  if (!extracted) {
    return {
      ok: false,
      reason: 'binary',
      // Only a caller that skips preparePdfs (lib/pdf/read.ts) gets here: the reader is asynchronous.
      error:
        'The file is a PDF document that was not read by the PDF reader, so its text is not available here. Upload it through the upload form or `npm run ingest`, which read PDFs.',
      encoding: null,
    };
  }
  if (!extracted.ok)
    return {
      ok: false,
      reason: extracted.reason === 'too-large' ? 'too-large' : extracted.reason === 'no-text-layer' ? 'no-text' : 'undecodable',
      error: extracted.error,
      encoding: null,
    };
  const text = pdfToText(extracted.pages);
  if (!/\p{L}/u.test(text)) {
    return {
      ok: false,
      reason: 'no-text',
      error:
        'The PDF has no text layer (it is a scanned image of pages), so there is no text to read. Upload the statement as text, HTML or a PDF saved from a word processor, or run it through OCR first.',
      encoding: null,
    };
  }
  const extras: InputExtras = { format: 'pdf', metadata: extracted.metadata, captions: [], removed: [], headings: [] };
  return { ok: true, text, encoding: 'pdf', format: 'pdf', extras };
}

/** Reads any supported file into text for the pipeline, or says why it cannot be read. */
export function readInput(bytes: Uint8Array, sha256: string, options: IngestOptions = {}): InputResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  switch (sniffFormat(bytes)) {
    case 'pdf':
      return readPdfInput(bytes, sha256, options);
    case 'html':
      return readHtmlInput(bytes, maxBytes);
    default: {
      const decoded = decodeBytes(bytes, maxBytes);
      return decoded.ok ? { ...decoded, format: 'text', extras: null } : decoded;
    }
  }
}

interface IsoDate {
  date: string;
  year: number;
  month: number;
  day: number;
  zoned: boolean;
}

/** A declared ISO 8601 date (`2024-03-05`, `2024-03-05T08:15:00+07:00`), as the publisher wrote it. */
export function parseDeclaredDate(value: string | undefined): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value?.trim() ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, year, month, day, zoned: m[4] !== undefined };
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** Language tags a page may declare for the varieties the ingester tells apart. */
const LANGUAGE_ALIASES: Record<string, string> = {
  prs: 'fa-AF',
  pes: 'fa-IR',
  'fa-af': 'fa-AF',
  'fa-ir': 'fa-IR',
  'ur-pk': 'ur',
  'vi-vn': 'vi',
};

function declaredLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  return (
    LANGUAGE_ALIASES[lower] ??
    (lower.split('-')[0] === 'fa' ? lower.replace(/-(\w+)$/, (_, r: string) => `-${r.toUpperCase()}`) : lower.split('-')[0]!)
  );
}

function chooseLanguage(article: IngestedArticle, tag: string, choices: DeclaredChoice[]): IngestedArticle {
  const declared = declaredLanguage(tag);
  const printed = article.language;
  if (declared === printed)
    return { ...article, confidence: { ...article.confidence, language: Math.max(article.confidence.language, 0.95) } };
  const samePrimary = declared.split('-')[0] === printed.split('-')[0];
  // The text decides: page templates often keep a default `lang` whatever the article's language.
  // The declaration only settles what the text leaves open (no language, or Persian without a variety).
  const useDeclared = printed === 'und' || (samePrimary && !printed.includes('-'));
  choices.push({
    field: 'language',
    declared: tag,
    printed,
    chosen: useDeclared ? 'declared' : 'printed',
    why: useDeclared
      ? 'the text alone did not settle the language'
      : "the article's text is read as another language than the page template declares",
  });
  if (!useDeclared) return article;
  return { ...article, language: declared, direction: directionOf(declared, article.paragraphs.join('\n')) };
}

/** The site name often follows the headline in `<title>`: "Headline | Site", "Headline - Site". */
function titleParts(pageTitle: string | undefined): string[] {
  return pageTitle ? [pageTitle, ...pageTitle.split(/\s+[|\-–—:·•»]+\s+/u)] : [];
}

const declaredTitleKeys = ({ headline, pageTitle }: DeclaredMetadata) =>
  new Set([headline, ...titleParts(pageTitle)].filter((t): t is string => !!t).map(comparisonKey));

/**
 * The headline the page's markup gives: the declared headline when the page prints it as its h1
 * (or as one of `printed`), else a single h1 that the declared titles confirm or do not contradict.
 */
export function markedHeadline(extras: InputExtras, printed: readonly string[] = []): string | null {
  const { headline } = extras.metadata;
  const declaredKeys = declaredTitleKeys(extras.metadata);
  const headingKeys = new Set(extras.headings.map(comparisonKey));
  const [h1, ...more] = extras.headings;
  if (headline && (headingKeys.has(comparisonKey(headline)) || printed.some((p) => comparisonKey(p) === comparisonKey(headline)))) {
    return headline;
  }
  return h1 && more.length === 0 && (declaredKeys.size === 0 || declaredKeys.has(comparisonKey(h1))) ? h1 : null;
}

function chooseTitle(article: IngestedArticle, extras: InputExtras, choices: DeclaredChoice[]): IngestedArticle {
  const { headline } = extras.metadata;
  const printedKey = comparisonKey(article.title);
  const headingKeys = new Set(extras.headings.map(comparisonKey));
  if (declaredTitleKeys(extras.metadata).has(printedKey) || headingKeys.has(printedKey)) {
    return { ...article, confidence: { ...article.confidence, title: Math.max(article.confidence.title, 0.95) } };
  }
  const chosen = markedHeadline(extras, article.paragraphs);
  if (!chosen) {
    if (headline)
      choices.push({
        field: 'title',
        declared: headline,
        printed: article.title,
        chosen: 'printed',
        why: 'the declared headline is not printed on the page',
      });
    return article;
  }
  choices.push({
    field: 'title',
    declared: headline ?? chosen,
    printed: article.title,
    chosen: 'declared',
    why: 'the page marks this line as its headline (h1) or declares it in its metadata',
  });
  const key = comparisonKey(chosen);
  const paragraphs = article.paragraphs.filter((p) => comparisonKey(p) !== key);
  const body = paragraphs.length > 0 ? paragraphs : article.paragraphs;
  return {
    ...article,
    title: chosen,
    paragraphs: body,
    bodyHash: bodyHash(body),
    confidence: { ...article.confidence, title: Math.max(article.confidence.title, 0.9) },
  };
}

/** The date as the page prints it that falls on `date`, from the page's opening lines. */
function printedDateOn(text: string, date: string, solarHijriNumeric: boolean) {
  for (const line of text.split('\n').slice(0, 200)) {
    const found = findDates(line, { solarHijriNumeric }).find((c) => c.gregorian === date && !c.weekdayMismatch);
    if (found) return found;
  }
  return null;
}

function chooseDate(article: IngestedArticle, metadata: DeclaredMetadata, text: string, choices: DeclaredChoice[]): IngestedArticle {
  const raw = metadata.datePublished ?? metadata.dateTime;
  const declared = parseDeclaredDate(raw);
  if (!raw || !declared) return article;
  const printed = article.publishedAt;
  if (printed === declared.date) {
    return { ...article, confidence: { ...article.confidence, date: Math.max(article.confidence.date, 0.95) } };
  }
  // Within a day, the two differ by the time zone the declaration is written in: the page's printed
  // date is the publisher's local one.
  if (printed && daysApart(printed, declared.date) <= 1) {
    choices.push({
      field: 'publishedAt',
      declared: raw,
      printed,
      chosen: 'printed',
      why: 'a day apart at most: the declared time is in another time zone than the printed date',
    });
    return article;
  }
  // A printed date that is not the declared one is only overruled by a declaration that states
  // its time zone (a CMS's own publication timestamp), or when nothing complete is printed.
  if (printed && !declared.zoned) {
    choices.push({
      field: 'publishedAt',
      declared: raw,
      printed,
      chosen: 'printed',
      why: 'the declared date names no time zone, and the page prints another date',
    });
    return article;
  }
  const onPage = printedDateOn(text, declared.date, article.language.startsWith('fa') || article.language === 'ps');
  const printedParts = article.dateParts;
  // A printed date without a year that fits the declared day and month is the same date.
  const partialFits = !printed && printedParts?.month === declared.month && printedParts?.day === declared.day;
  const dateText = onPage?.text ?? (partialFits ? article.dateText : null);
  choices.push({
    field: 'publishedAt',
    declared: raw,
    printed: printed ?? article.dateText,
    chosen: 'declared',
    why: printed
      ? 'the page declares its publication time with a time zone, and the printed date chosen differs'
      : 'the page prints no complete date of its own',
  });
  return {
    ...article,
    publishedAt: declared.date,
    datePrecision: 'day',
    dateParts: { year: declared.year, month: declared.month, day: declared.day },
    dateText,
    calendar: onPage?.calendar ?? (partialFits ? article.calendar : null) ?? 'gregory',
    confidence: { ...article.confidence, date: declared.zoned ? 0.9 : 0.7 },
    dateNote: null,
  };
}

function chooseAuthor(article: IngestedArticle, author: string | undefined, text: string, choices: DeclaredChoice[]): IngestedArticle {
  if (!author || article.author === author) return article;
  // A declared author counts only as a byline the page prints; some CMSs declare the desk or the site.
  const printedOnPage = comparisonKey(text).includes(comparisonKey(author));
  const useDeclared = article.author === null && printedOnPage;
  choices.push({
    field: 'author',
    declared: author,
    printed: article.author,
    chosen: useDeclared ? 'declared' : 'printed',
    why: useDeclared
      ? 'the page prints this name, and no byline was read off it'
      : article.author
        ? 'the byline printed on the page differs'
        : 'the declared name is not printed on the page',
  });
  return useDeclared ? { ...article, author } : article;
}

/**
 * The article read off an HTML page's or a PDF's text, completed and cross-checked with what the
 * file declared about itself; each disagreement is kept in `declared.choices` with the value
 * chosen and why. Text files pass through unchanged.
 */
export function mergeDeclared(article: IngestedArticle, input: InputResult): IngestedArticle {
  if (!input.ok || !input.extras) return article;
  const { extras } = input;
  const choices: DeclaredChoice[] = [];
  let merged: IngestedArticle = {
    ...article,
    captions: [...new Set([...extras.captions, ...article.captions])],
    removed: [...extras.removed, ...article.removed],
  };
  if (extras.metadata.language) merged = chooseLanguage(merged, extras.metadata.language, choices);
  merged = chooseTitle(merged, extras, choices);
  merged = chooseDate(merged, extras.metadata, input.text, choices);
  merged = chooseAuthor(merged, extras.metadata.author, input.text, choices);
  const declared: Declared = { format: extras.format, metadata: extras.metadata, choices };
  return { ...merged, declared };
}
