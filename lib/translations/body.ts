/**
 * A translation's text as an admin supplies it: pasted, or an uploaded .txt or .html file. Pure:
 * no database, no framework. The ingester's decoding is reused (encodings, binary and size
 * checks); its cleaning is not, because it drops lines that look like dates, menus or captions
 * and would silently remove translation paragraphs and shift the alignment.
 */
import { Parser } from 'htmlparser2';
import { decodeBytes } from '../ingest/decode';
import { stripBidiControls } from '../ingest/text';
import { TRANSLATION_MAX_BYTES } from './limits';

export type ParsedBody = { ok: true; title: string | null; paragraphs: string[]; encoding: string | null } | { ok: false; error: string };

function tidy(text: string): string {
  return stripBidiControls(text.normalize('NFC'))
    .replace(/[^\S\n\u200C\u200D]+/gu, ' ')
    .trim();
}

/**
 * Paragraphs of plain text. Where blank lines separate blocks (hard-wrapped text), each block is a
 * paragraph and its lines are joined; otherwise each line is one, as word processors paste them.
 */
export function paragraphsFromText(text: string): string[] {
  const normalised = text.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
  const hasBlankLines = /\n[^\S\n]*\n/u.test(normalised.trim());
  const blocks = hasBlankLines ? normalised.split(/\n[^\S\n]*\n/u).map((block) => block.replace(/\n/gu, ' ')) : normalised.split('\n');
  return blocks.map(tidy).filter((block) => block !== '');
}

// Elements that end a paragraph; text between them runs on. Skipped elements hold no article text.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'button']);

/** Paragraphs of an HTML document, and its headline: the first h1, else the document title. */
export function paragraphsFromHtml(html: string): { title: string | null; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  let inTitle = false;
  let inH1 = false;
  let documentTitle = '';
  let h1: string | null = null;
  let h1Text = '';
  const flush = () => {
    const text = tidy(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipping++;
        if (skipping > 0) return;
        if (BLOCKS.has(name)) flush();
        if (name === 'h1' && h1 === null) inH1 = true;
      },
      ontext(text) {
        if (inTitle) documentTitle += text;
        if (inTitle || skipping > 0) return;
        if (inH1) h1Text += text;
        else current += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        if (name === 'h1' && inH1) {
          inH1 = false;
          h1 = tidy(h1Text) || null;
        }
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { title: h1 ?? (tidy(documentTitle) || null), paragraphs };
}

const looksLikeHtml = (name: string, text: string) => /\.x?html?$/iu.test(name) || /^\s*(?:<!doctype html|<html[\s>])/iu.test(text);

/** Reads an uploaded .txt or .html file; refusals say what was wrong and what to do. */
export function parseTranslationFile(name: string, bytes: Uint8Array): ParsedBody {
  if (!/\.(?:txt|text|html?|xhtml)$/iu.test(name)) {
    return {
      ok: false,
      error: `"${name}" is not a .txt or .html file. Save the translation as plain text or as a web page and upload that.`,
    };
  }
  const decoded = decodeBytes(bytes, TRANSLATION_MAX_BYTES);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const parsed = looksLikeHtml(name, decoded.text)
    ? paragraphsFromHtml(decoded.text)
    : { title: null, paragraphs: paragraphsFromText(decoded.text) };
  if (parsed.paragraphs.length === 0)
    return { ok: false, error: `"${name}" holds no text. Check that it is the translation and upload it again.` };
  return { ok: true, ...parsed, encoding: decoded.encoding };
}

/** Reads pasted text (HTML pasted as text is read as HTML). */
export function parseTranslationText(text: string): ParsedBody {
  if (new TextEncoder().encode(text).length > TRANSLATION_MAX_BYTES) {
    return {
      ok: false,
      error: `The text is longer than ${TRANSLATION_MAX_BYTES / 1024} KB. Paste the translation of this one article only.`,
    };
  }
  const parsed = looksLikeHtml('', text) ? paragraphsFromHtml(text) : { title: null, paragraphs: paragraphsFromText(text) };
  if (parsed.paragraphs.length === 0) return { ok: false, error: 'The translation is empty. Paste its text or choose a file.' };
  return { ok: true, ...parsed, encoding: null };
}
