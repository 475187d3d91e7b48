/**
 * The pure article ingester: bytes in, an `IngestResult` out. No I/O, no clock, no randomness:
 * the same bytes always give the same result, and no input makes it throw.
 */
import { findAuthor, parseLeadSource } from './bylines';
import { cleanArticle } from './clean';
import { countCountries, judgeCountryPair } from './country-mentions';
import { pickArticleDate } from './dates';
import { DEFAULT_MAX_BYTES, decodeBytes } from './decode';
import { bodyHash, sha256Hex } from './hash';
import { detectLanguage, directionOf } from './language';
import { cleanIdentifier, headlineFrom, stripBidiControls } from './text';
import type { IngestOptions, IngestResult, IngestedArticle, RefusedFile } from './types';

export type * from './types';

/** Body paragraphs searched for a date when the header prints none. */
const LEAD_PARAGRAPHS_FOR_DATE = 4;

function baseName(fileName: string): string {
  return cleanIdentifier(fileName.split(/[\\/]/u).pop() ?? fileName);
}

function ingestUnsafe(bytes: Uint8Array, file: string, options: IngestOptions): IngestResult {
  const sha256 = sha256Hex(bytes);
  const decoded = decodeBytes(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) {
    return { ok: false, file, error: decoded.error, reason: decoded.reason, sha256, encoding: decoded.encoding };
  }
  const cleaned = cleanArticle(decoded.text);
  if (cleaned.paragraphs.length === 0) {
    return {
      ok: false,
      file,
      reason: 'no-text',
      error: 'No article text was found: the file holds only a headline, menus or other page furniture. Check that the scrape captured the article body.',
      sha256,
      encoding: decoded.encoding,
    };
  }
  const paragraphs = cleaned.paragraphs;
  // A page without a recognisable headline still needs something to list it by; its opening
  // words are what a reader would quote, and an editor can correct them before publishing.
  const title = stripBidiControls(cleaned.title ?? '').trim() || headlineFrom(paragraphs[0] ?? '');
  const language = detectLanguage([title, ...paragraphs].join('\n'));
  const date = pickArticleDate(cleaned.headerNearTitle, paragraphs.slice(0, LEAD_PARAGRAPHS_FOR_DATE), {
    solarHijriNumeric: language.startsWith('fa') || language === 'ps',
  });
  const titleCountries = countCountries(title);
  const bodyCountries = countCountries(paragraphs.join('\n'));
  const mentioned = new Set([...titleCountries, ...bodyCountries].map((c) => c.code));
  const leadSource = paragraphs[0] ? parseLeadSource(paragraphs[0]) : null;

  const article: IngestedArticle = {
    ok: true,
    file,
    title,
    language,
    direction: directionOf(language, paragraphs.join('\n')),
    publishedAt: date.publishedAt,
    datePrecision: date.datePrecision,
    dateParts: date.dateParts,
    dateText: date.dateText === null ? null : stripBidiControls(date.dateText),
    calendar: date.calendar,
    source: cleaned.credits[0] || leadSource || null,
    author: findAuthor(cleaned.headerAfterTitle),
    countriesMentioned: [...mentioned].sort(),
    countryPair: judgeCountryPair(titleCountries, bodyCountries),
    paragraphs,
    captions: cleaned.captions,
    removed: cleaned.removed,
    sha256,
    bodyHash: bodyHash(paragraphs),
    encoding: decoded.encoding,
    duplicateOf: null,
  };
  return article;
}

/** Ingest one file. Never throws: an unexpected failure becomes a refusal that says so. */
export function ingestFile(bytes: Uint8Array, fileName: string, options: IngestOptions = {}): IngestResult {
  let file = '';
  try {
    file = baseName(fileName);
    return ingestUnsafe(bytes, file, options);
  } catch (error) {
    let sha256 = '';
    try {
      sha256 = sha256Hex(bytes);
    } catch {
      // Not even hashable (not a byte array): leave the hash empty.
    }
    const detail = error instanceof Error ? error.message : String(error);
    const refused: RefusedFile = {
      ok: false,
      file,
      reason: 'undecodable',
      error: `The file could not be read (${detail}). Save it again as UTF-8 plain text and upload it again; if it still fails, report this file.`,
      sha256,
      encoding: null,
    };
    return refused;
  }
}

export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

export interface BatchOptions extends IngestOptions {
  /** Cleaned-body hashes of stored articles, mapped to their ids. */
  knownBodies?: Map<string, string>;
}

/**
 * Ingest several files. A file whose cleaned body equals a stored article's (`knownBodies`) or
 * an earlier file's in the batch gets `duplicateOf` = that article's id or file name.
 */
export function ingestBatch(files: readonly BatchFile[], options: BatchOptions = {}): IngestResult[] {
  const { knownBodies, ...ingestOptions } = options;
  const seen = new Map<string, string>(knownBodies ?? []);
  return files.map(({ name, bytes }) => {
    const result = ingestFile(bytes, name, ingestOptions);
    if (!result.ok) return result;
    const original = seen.get(result.bodyHash);
    if (original !== undefined) return { ...result, duplicateOf: original };
    seen.set(result.bodyHash, result.file);
    return result;
  });
}

/** The object the CLI prints for a dry run, field for field. */
export function toDryRunJson(result: IngestResult) {
  if (!result.ok) {
    return {
      file: result.file,
      ok: false as const,
      error: result.error,
      title: null,
      language: null,
      direction: null,
      publishedAt: null,
      datePrecision: null,
      dateText: null,
      calendar: null,
      source: null,
      author: null,
      countriesMentioned: [] as string[],
      countryPair: null,
      paragraphs: [] as string[],
      captions: [] as string[],
      sha256: result.sha256,
      encoding: result.encoding,
      duplicateOf: null,
    };
  }
  return {
    file: result.file,
    ok: true as const,
    error: null,
    title: result.title,
    language: result.language,
    direction: result.direction,
    publishedAt: result.publishedAt,
    datePrecision: result.datePrecision,
    dateText: result.dateText,
    calendar: result.calendar,
    source: result.source,
    author: result.author,
    countriesMentioned: result.countriesMentioned,
    countryPair: result.countryPair,
    paragraphs: result.paragraphs,
    captions: result.captions,
    sha256: result.sha256,
    encoding: result.encoding,
    duplicateOf: result.duplicateOf,
  };
}
