/**
 * HTML bytes -> text. The encoding comes from a byte-order mark, else from the page's own
 * `<meta charset>` or `http-equiv` declaration (found the way browsers prescan: in the first
 * kilobytes, before any parsing), else from the same detection plain-text files get.
 */
import iconv from 'iconv-lite';
import { decodeBytes, type DecodeResult } from '../decode';

/** Browsers look for the declaration in the first 1024 bytes; saved pages often put it later. */
const PRESCAN_BYTES = 4096;

/** Labels browsers map to windows-1252 (the WHATWG Encoding Standard's "latin1" aliases). */
const WINDOWS_1252_ALIASES = new Set([
  'ascii',
  'us-ascii',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'cp1252',
  'windows-1252',
  'x-cp1252',
]);

/** The charset a page declares in its head, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  for (const match of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

function normaliseLabel(label: string): string | null {
  if (label === 'utf8' || label === 'unicode-1-1-utf-8') return 'utf-8';
  if (WINDOWS_1252_ALIASES.has(label)) return 'windows-1252';
  // A page that declares UTF-16 but has no BOM is served as UTF-8 by browsers (the declaration
  // itself could not have been read otherwise).
  if (label.startsWith('utf-16')) return 'utf-8';
  return iconv.encodingExists(label) ? label : null;
}

/**
 * Decodes an HTML page. A BOM wins over any declaration; a declared UTF-8 page whose bytes are
 * not UTF-8 falls back to detection (saved pages keep the original declaration after re-saving).
 */
export function decodeHtml(bytes: Uint8Array, maxBytes: number): DecodeResult {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? null : declaredCharset(bytes);
  const encoding = declared === null ? null : normaliseLabel(declared);
  if (encoding === null || encoding === 'utf-8' || bytes.length === 0 || bytes.length > maxBytes) {
    return decodeBytes(bytes, maxBytes);
  }
  if (bytes.includes(0)) return decodeBytes(bytes, maxBytes);
  const text = iconv
    .decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  return { ok: true, text, encoding };
}
