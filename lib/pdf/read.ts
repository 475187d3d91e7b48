/**
 * PDF bytes -> the text pieces of each page, read with pdf.js before the synchronous ingester
 * runs (pdf.js is asynchronous): `preparePdfs` reads a batch's PDFs, and its map goes to
 * `ingestBatch` as `pdfText`. A PDF's creation date is not read: it dates the file, not the
 * statement. Nothing is rendered, no font, script or URL of the PDF is loaded or run, and every
 * compressed stream is measured before pdf.js sees the file, so a decompression bomb is refused
 * rather than inflated.
 */
import { inflateSync, constants as zlib } from 'node:zlib';
import { DEFAULT_MAX_BYTES } from '../ingest/decode';
import { sha256Hex } from '../ingest/hash';
import type { DeclaredMetadata, PdfItem, PdfText } from '../ingest/types';
import { fixRtlLigatures, hasRtlLigatures } from './to-unicode';

/** Statements run to a few dozen pages; more is a report or a book, not an article. */
export const MAX_PDF_PAGES = 100;
/** Largest size one compressed stream may inflate to (a page's content or an embedded font). */
export const MAX_STREAM_BYTES = 32 * 1024 * 1024;
/** Largest size all compressed streams together may inflate to. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;
/** Time allowed to read one PDF's text. */
export const PDF_TIME_LIMIT_MS = 20_000;

const NO_TEXT_LAYER =
  'The PDF has no text layer (it is a scanned image of pages), so there is no text to read. Upload the statement as text, HTML or a PDF saved from a word processor, or run it through OCR first.';

const refuse = (reason: 'no-text-layer' | 'unreadable' | 'too-large', error: string): PdfText => ({ ok: false, reason, error });

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from, 'latin1');
}

export interface StreamScan {
  /** Why the file is refused (a decompression bomb), or null. */
  problem: string | null;
  /** A ToUnicode map has right-to-left ligatures, to be put in visual order (to-unicode.ts). */
  rtlLigatures: boolean;
}

/**
 * Inflates every Flate stream of the file with a cap on its output, keeping only what the maps
 * from glyphs to text say: a stream that would inflate past the cap (a few kilobytes can expand
 * to gigabytes) stops it.
 */
export function scanStreams(bytes: Uint8Array): StreamScan {
  let total = 0;
  let rtlLigatures = false;
  for (let at = indexOf(bytes, 'stream', 0); at >= 0; at = indexOf(bytes, 'stream', at + 6)) {
    if (bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) continue; // "endstream"
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = indexOf(bytes, 'endstream', start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      // Streams that are not zlib (images, uncompressed content) are looked at as they are.
      const content =
        data[0] === 0x78
          ? inflateSync(data, { maxOutputLength: MAX_STREAM_BYTES, finishFlush: zlib.Z_SYNC_FLUSH })
          : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (data[0] === 0x78) total += content.length;
      if (!rtlLigatures && content.length < 1024 * 1024 && content.includes('begincmap'))
        rtlLigatures = hasRtlLigatures(content.toString('latin1'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return {
          problem: `The PDF holds a compressed stream that expands to more than ${MAX_STREAM_BYTES / 1024 / 1024} MB (a decompression bomb, or not an article), so it was not read.`,
          rtlLigatures,
        };
      }
    }
    if (total > MAX_INFLATED_BYTES) {
      return {
        problem: `The PDF's compressed content expands to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB, far more than a statement's text, so it was not read.`,
        rtlLigatures,
      };
    }
    at = end < 0 ? bytes.length : end;
  }
  return { problem: null, rtlLigatures };
}

function metadataOf(info: Record<string, unknown>): DeclaredMetadata {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() && v.trim().length <= 500 ? v.trim() : undefined);
  const metadata: DeclaredMetadata = {};
  const title = text(info.Title);
  if (title) metadata.pageTitle = title;
  const author = text(info.Author);
  if (author) metadata.author = author;
  return metadata;
}

const tooSlow = (limitMs: number) =>
  refuse(
    'too-large',
    `Reading the PDF took longer than ${limitMs / 1000} seconds, so it was stopped. Save the statement again as a plain PDF or as text and upload that.`,
  );

async function extract(original: Uint8Array, rtlLigatures: boolean, limitMs: number): Promise<PdfText> {
  const deadline = Date.now() + limitMs;
  const bytes = rtlLigatures ? await fixRtlLigatures(original).catch(() => original) : original;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  try {
    const document = await task.promise;
    if (document.numPages > MAX_PDF_PAGES) {
      return refuse(
        'too-large',
        `The PDF has ${document.numPages} pages, more than the ${MAX_PDF_PAGES} a statement or article runs to, so it was not read. Upload the pages of the article alone.`,
      );
    }
    const pages: PdfItem[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      if (Date.now() > deadline) return tooSlow(limitMs);
      const page = await document.getPage(number);
      // pdf.js would fold presentation forms before reordering right-to-left runs, splitting a
      // ligature into letters it then turns back to front; layout.ts folds them after.
      const content = await page.getTextContent({ disableNormalization: true });
      pages.push(
        content.items.flatMap((item) =>
          'str' in item
            ? [
                {
                  text: item.str,
                  x: item.transform[4] as number,
                  y: item.transform[5] as number,
                  width: item.width,
                  height: item.height || Math.hypot(item.transform[2] as number, item.transform[3] as number),
                },
              ]
            : [],
        ),
      );
      page.cleanup();
    }
    if (!pages.some((items) => items.some((item) => /\p{L}/u.test(item.text)))) return refuse('no-text-layer', NO_TEXT_LAYER);
    const { info } = await document.getMetadata().catch(() => ({ info: {} }));
    return { ok: true, pages, metadata: metadataOf((info ?? {}) as Record<string, unknown>) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(
      'unreadable',
      `The PDF could not be read (${detail}). Save it again from the program that made it, or upload the statement as text.`,
    );
  } finally {
    await task.destroy();
  }
}

/** Reads one PDF's text pieces, within the page, size and time limits above. Never throws. */
export async function readPdf(bytes: Uint8Array, limitMs = PDF_TIME_LIMIT_MS): Promise<PdfText> {
  try {
    const scan = scanStreams(bytes);
    if (scan.problem) return refuse('too-large', scan.problem);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<PdfText>((resolve) => {
      timer = setTimeout(() => resolve(tooSlow(limitMs)), limitMs);
    });
    try {
      return await Promise.race([extract(bytes, scan.rtlLigatures, limitMs), timeout]);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    return refuse('unreadable', `The PDF could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

/**
 * The text of every PDF in a batch within the size limit (the ingester's, unless the caller passes
 * its own), keyed by the SHA-256 of its bytes, for `ingestBatch(files, { pdfText })`. Other files,
 * and PDFs over the limit, are left to the synchronous ingester, which refuses those by size.
 */
export async function preparePdfs(files: readonly { bytes: Uint8Array }[], maxBytes = DEFAULT_MAX_BYTES): Promise<Map<string, PdfText>> {
  const texts = new Map<string, PdfText>();
  for (const { bytes } of files) {
    if (!isPdf(bytes) || bytes.length > maxBytes) continue;
    const sha256 = sha256Hex(bytes);
    if (!texts.has(sha256)) texts.set(sha256, await readPdf(bytes));
  }
  return texts;
}
