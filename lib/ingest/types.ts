/**
 * What the ingester reads off one raw article file. This is the contract between the pure
 * ingester and everything that stores or shows its output (upload form, CLI, seed).
 */

import type { DatePrecision, TextDirection } from '../db/generated/enums';

// The stored columns' enums (prisma/schema.prisma): what the ingester reads is stored as read.
// DatePrecision: how much of `publishedAt` the page printed (null where there is no full date).
export type Direction = TextDirection;
export type { DatePrecision };

/** A date as far as the page printed it; parts the page left out stay undefined. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export interface IngestedArticle {
  ok: true;
  /** File name as given (no directories). */
  file: string;
  title: string;
  /** BCP 47: `vi`, `ar`, `fa-AF` (Dari), `fa-IR`, `ur`, `en`…; `und` when unsure. */
  language: string;
  direction: Direction;
  /** Gregorian `YYYY-MM-DD`, or null when the page prints no complete date (never guessed). */
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  /** What the page printed, e.g. day and month without a year, kept so an editor can complete it. */
  dateParts: DateParts | null;
  /** The date exactly as printed, or null. */
  dateText: string | null;
  /** CLDR calendar id of the printed date: `gregory`, `persian`, `islamic`…; null without a date. */
  calendar: string | null;
  source: string | null;
  author: string | null;
  /** ISO 3166-1 alpha-2, sorted, unique. */
  countriesMentioned: string[];
  /** The two countries the article is about, sorted, or null. */
  countryPair: [string, string] | null;
  /** Body paragraphs in order, each once. */
  paragraphs: string[];
  captions: string[];
  /** Lines the cleaner dropped (menus, related news, widgets), in order, for review. */
  removed: string[];
  /** SHA-256 of the raw bytes, hex. */
  sha256: string;
  /** SHA-256 of the normalised cleaned body: equal bodies mean duplicate articles. */
  bodyHash: string;
  /** Detected encoding of the raw bytes, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  encoding: string;
  /**
   * Set by batch ingestion and the store: id or file name of the article whose cleaned body is
   * the same, or overlaps this one's by 85% or more (lib/ingest/fingerprint.ts).
   */
  duplicateOf: string | null;
  /** How much of the body `duplicateOf` shares, 0 to 1 (1 for the same body); null without one. */
  duplicateSimilarity: number | null;
  /** How sure the ingester is of each derived field, 0 to 1: the admin checks the low ones first. */
  confidence: Confidence;
  /** Why `publishedAt` is null although the page prints something date-like, or null. */
  dateNote: string | null;
  /** For HTML pages and PDFs: what the file declared about itself, and which values won. */
  declared?: Declared | null;
}

/** Metadata a file declares about itself (markup or document properties), as written. */
export interface DeclaredMetadata {
  /** `<html lang>`. */
  language?: string;
  /** `<title>`, or a PDF's Title property. */
  pageTitle?: string;
  /** JSON-LD `headline`, else `og:title`. */
  headline?: string;
  /** JSON-LD `datePublished`, else `article:published_time` or a date meta tag. */
  datePublished?: string;
  /** `<time datetime>`, when nothing else declares the date. */
  dateTime?: string;
  author?: string;
  publisher?: string;
}

/** One field where the declared and the printed value differ, and the one the ingester kept. */
export interface DeclaredChoice {
  field: 'title' | 'language' | 'publishedAt' | 'author';
  declared: string;
  printed: string | null;
  chosen: 'declared' | 'printed';
  why: string;
}

export interface Declared {
  format: 'html' | 'pdf';
  metadata: DeclaredMetadata;
  choices: DeclaredChoice[];
}

/** Confidence of the derived fields, each 0 (a guess) to 1 (read off unambiguous evidence). */
export interface Confidence {
  title: number;
  date: number;
  pair: number;
  language: number;
  body: number;
}

export interface RefusedFile {
  ok: false;
  file: string;
  /** A clear sentence: what was wrong and what to do. */
  error: string;
  /** Machine-readable reason. */
  reason: 'empty' | 'binary' | 'too-large' | 'undecodable' | 'no-text';
  sha256: string;
  encoding: string | null;
}

export type IngestResult = IngestedArticle | RefusedFile;

export interface IngestOptions {
  /** Largest accepted file in bytes; default 5 MB. */
  maxBytes?: number;
  /** Comparison keys of the lines the batch's pages share (template.ts): the site's furniture. */
  template?: ReadonlySet<string>;
  /**
   * Text layers of PDFs, read beforehand by the asynchronous `preparePdfs` (lib/pdf), keyed by
   * the SHA-256 of each PDF's raw bytes: the synchronous ingester never parses a PDF itself.
   */
  pdfText?: ReadonlyMap<string, PdfText>;
}

/** What the PDF reader got off a PDF: its text pieces per page, or why there are none. */
export type PdfText =
  | { ok: true; pages: PdfItem[][]; metadata: DeclaredMetadata }
  | { ok: false; reason: 'no-text-layer' | 'unreadable' | 'too-large'; error: string };

/** One run of text as a PDF places it (pdf.js text content), in PDF units from the bottom left. */
export interface PdfItem {
  /** The run's characters, in logical order (pdf.js undoes visual order for right-to-left runs). */
  text: string;
  x: number;
  y: number;
  width: number;
  /** Glyph height (the font size). */
  height: number;
}
