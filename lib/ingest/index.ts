/**
 * The pure article ingester: bytes in, an `IngestResult` out. No I/O, no clock, no randomness:
 * the same bytes always give the same result, and no input makes it throw.
 */
import { cleanArticle } from './clean';
import { readCountries } from './country-mentions';
import { pickArticleDate } from './date-choice';
import { markedHeadline, mergeDeclared, readInput } from './input';
import { bodyHash, sha256Hex } from './hash';
import { directionOf, identifyLanguage } from './language';
import { cleanIdentifier, headlineFrom, stripBidiControls } from './text';
import type { IngestOptions, IngestResult, IngestedArticle, RefusedFile } from './types';

export type * from './types';
export { ingestBatch, type BatchFile, type BatchOptions } from './batch';

function baseName(fileName: string): string {
  return cleanIdentifier(fileName.split(/[\\/]/u).pop() ?? fileName);
}

function ingestUnsafe(bytes: Uint8Array, file: string, options: IngestOptions): IngestResult {
  const sha256 = sha256Hex(bytes);
  const decoded = readInput(bytes, sha256, options);
  if (!decoded.ok) {
    return { ok: false, file, error: decoded.error, reason: decoded.reason, sha256, encoding: decoded.encoding };
  }
  // The markup's headline anchors the reading, so the byline and dateline are looked for beside it.
  const headline = decoded.extras ? markedHeadline(decoded.extras) : null;
  const cleaned = cleanArticle(decoded.text, { template: options.template, headline: headline ?? undefined });
  if (cleaned.paragraphs.length === 0) {
    return {
      ok: false,
      file,
      reason: 'no-text',
      error:
        'No article text was found: the file holds only a headline, menus or other page furniture. Check that the scrape captured the article body.',
      sha256,
      encoding: decoded.encoding,
    };
  }
  const paragraphs = cleaned.paragraphs;
  // A page without a recognisable headline still needs something to list it by; its opening
  // words are what a reader would quote, and an editor can correct them before publishing.
  const title = stripBidiControls(cleaned.title ?? '').trim() || headlineFrom(paragraphs[0] ?? '');
  const language = identifyLanguage([title, ...paragraphs].join('\n'), decoded.text);
  const date = pickArticleDate(cleaned.blocks, {
    solarHijriNumeric: language.language.startsWith('fa') || language.language === 'ps',
  });
  const countries = readCountries(title, paragraphs, language.language);

  const article: IngestedArticle = {
    ok: true,
    file,
    title,
    language: language.language,
    direction: directionOf(language.language, paragraphs.join('\n')),
    publishedAt: date.publishedAt,
    datePrecision: date.datePrecision,
    dateParts: date.dateParts,
    dateText: date.dateText === null ? null : stripBidiControls(date.dateText),
    calendar: date.calendar,
    source: cleaned.byline.source,
    author: cleaned.byline.author,
    countriesMentioned: countries.mentioned,
    countryPair: countries.pair,
    paragraphs,
    captions: cleaned.captions,
    removed: cleaned.removed,
    sha256,
    bodyHash: bodyHash(paragraphs),
    encoding: decoded.encoding,
    duplicateOf: null,
    duplicateSimilarity: null,
    confidence: {
      title: cleaned.titleConfidence,
      date: date.confidence,
      pair: countries.confidence,
      language: language.confidence,
      body: cleaned.bodyConfidence,
    },
    dateNote: date.note,
  };
  return mergeDeclared(article, decoded);
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
      duplicateSimilarity: null,
      confidence: null,
      dateNote: null,
      declared: null,
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
    duplicateSimilarity: result.duplicateSimilarity,
    confidence: result.confidence,
    dateNote: result.dateNote,
    declared: result.declared ?? null,
  };
}
