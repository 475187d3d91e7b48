/**
 * Raw bytes -> article text. Detects the encoding (BOMs, UTF-8, legacy Arabic windows-1256 and
 * Western windows-1252), refuses files that are not text, and normalises line ends and Unicode.
 */
import iconv from 'iconv-lite';
import type { RefusedFile } from './types';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  { ok: true; text: string; encoding: string } | { ok: false; reason: RefusedFile['reason']; error: string; encoding: string | null };

interface Magic {
  bytes: readonly number[];
  name: string;
}

/** File signatures of the binary formats people most often upload by mistake. */
const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF (WebP/AVI/WAV) file' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a Word/Excel file)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an ELF program' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Office document' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) {
    if (startsWith(bytes, magic.bytes)) return magic.name;
  }
  // "MZ" alone could begin a text file; a Windows program also has NUL bytes in its header.
  if (startsWith(bytes, [0x4d, 0x5a]) && bytes.length >= 64 && bytes.subarray(0, 64).includes(0)) {
    return 'a Windows program';
  }
  return null;
}

/** Share of C0 control bytes other than tab, LF, FF, CR and ESC: text has almost none. */
function controlByteRatio(bytes: Uint8Array): number {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  let controls = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Not UTF-8, so a single-byte legacy code page. Arabic words are runs of bytes >= 0x80
 * (windows-1256 puts the Arabic letters there), while Western accented letters (windows-1252)
 * sit alone between ASCII letters: "café", "Müller".
 */
function guessLegacy(bytes: Uint8Array): 'windows-1256' | 'windows-1252' {
  let inRuns = 0;
  let isolated = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const prev = bytes[i - 1] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (prev >= 0x80 || next >= 0x80) inRuns++;
    else isolated++;
  }
  return inRuns > isolated ? 'windows-1256' : 'windows-1252';
}

function refuse(reason: RefusedFile['reason'], error: string, encoding: string | null = null): DecodeResult {
  return { ok: false, reason, error, encoding };
}

/** Share of decoded characters that are controls or U+FFFD: high means binary data. */
function junkCharRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const junk = sample.match(/[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F\u007F\uFFFD]/g);
  return sample.length === 0 ? 0 : (junk?.length ?? 0) / sample.length;
}

export function decodeBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length === 0) {
    return refuse('empty', 'The file is empty (0 bytes). Export the article again and upload the file that contains its text.');
  }
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return refuse(
      'too-large',
      `The file is ${mb(bytes.length)} MB, more than the ${mb(maxBytes)} MB limit for one article. Upload the article text alone, or split the file into one file per article.`,
    );
  }
  const kind = binaryKind(bytes);
  if (kind) {
    return refuse('binary', `The file is ${kind}, not article text. Save the article as a plain text (.txt) file and upload that.`);
  }

  let encoding: string;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    const decoded = tryUtf8(bytes.subarray(3));
    if (decoded === null) {
      return refuse(
        'undecodable',
        'The file starts with a UTF-8 byte-order mark but is not valid UTF-8. Re-save it as UTF-8 and upload it again.',
        encoding,
      );
    }
    text = decoded;
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(2), encoding);
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16);
    } else {
      if (bytes.includes(0) || controlByteRatio(bytes) > 0.02) {
        return refuse(
          'binary',
          'The file contains binary data (NUL or control bytes), not article text. Save the article as a plain text (.txt) file and upload that.',
        );
      }
      const utf8 = tryUtf8(bytes);
      if (utf8 !== null) {
        encoding = 'utf-8';
        text = utf8;
      } else {
        encoding = guessLegacy(bytes);
        text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
      }
    }
  }

  if (junkCharRatio(text) > 0.02) {
    return refuse(
      'binary',
      `The file decodes (as ${encoding}) to mostly control characters, so it is not article text. Save the article as a plain text (.txt) file and upload that.`,
      encoding,
    );
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  if (text.trim() === '') {
    return refuse(
      'empty',
      'The file contains only whitespace. Export the article again and upload the file that contains its text.',
      encoding,
    );
  }
  if (!/\p{L}/u.test(text)) {
    return refuse(
      'no-text',
      'The file contains no letters, so there is no article text to read. Check that you picked the right file.',
      encoding,
    );
  }
  return { ok: true, text, encoding };
}
