/**
 * Right-to-left ligatures in a font's ToUnicode map, stored in visual order so that pdf.js's
 * reordering puts them in reading order.
 *
 * Arabic-script text is drawn in visual order (right to left as glyphs advance left to right), and
 * pdf.js reverses each right-to-left run of characters to give reading order. A glyph that stands
 * for several letters (lam-alef, which every Arabic font must form, or "الله") maps to those letters
 * in reading order, so that reversal turns them back to front: "الاتفاق" would come out "االتفاق".
 * The characters pdf.js returns no longer show where one glyph ended, so the repair is made at the
 * source: such entries are reversed in the ToUnicode maps before pdf.js reads the file (as PDFBox and
 * older pdf.js releases did when expanding ligatures).
 */
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;
const utf16 = new TextDecoder('utf-16be');

function fromHex(hex: string): string | null {
  const digits = hex.replace(/\s+/g, '');
  if (digits.length % 4 !== 0 || !/^[0-9A-Fa-f]*$/.test(digits)) return null;
  return utf16.decode(Buffer.from(digits, 'hex'));
}

function toHex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}

/** The destination string in visual order when it is several right-to-left characters, or null. */
function visualOrder(hex: string): string | null {
  const text = fromHex(hex);
  if (text === null) return null;
  const chars = [...text];
  if (chars.length < 2 || !RTL_LETTER.test(text) || LTR_LETTER.test(text)) return null;
  return toHex(chars.reverse().join(''));
}

/** Whether a CMap's text maps some code to several right-to-left characters. */
export function hasRtlLigatures(cmap: string): boolean {
  let found = false;
  rewriteCMap(cmap, () => {
    found = true;
  });
  return found;
}

/**
 * The CMap with every multi-character right-to-left destination reversed (bfchar pairs and the
 * arrays of bfrange). A range with a single destination increments its last character, which a
 * ligature never does, so it is left alone.
 */
export function rewriteCMap(cmap: string, onChange?: () => void): string {
  const fix = (token: string) => {
    const reversed = visualOrder(token.slice(1, -1));
    if (reversed === null) return token;
    onChange?.();
    return `<${reversed}>`;
  };
  return cmap
    .replace(
      /beginbfchar([\s\S]*?)endbfchar/g,
      (_, body: string) =>
        `beginbfchar${body.replace(/(<[^<>]*>)(\s*)(<[^<>]*>)/g, (_m, src: string, gap: string, dst: string) => `${src}${gap}${fix(dst)}`)}endbfchar`,
    )
    .replace(
      /beginbfrange([\s\S]*?)endbfrange/g,
      (_, body: string) =>
        `beginbfrange${body.replace(/\[([^\]]*)\]/g, (_m, list: string) => `[${list.replace(/<[^<>]*>/g, fix)}]`)}endbfrange`,
    );
}

/**
 * The PDF with its right-to-left ligatures in visual order, re-saved; the original bytes when it
 * has none or cannot be rewritten (pdf.js then reads the original, ligatures reversed).
 */
export async function fixRtlLigatures(bytes: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes, { ignoreEncryption: false, updateMetadata: false, throwOnInvalidObject: false });
  let changed = false;
  const latin1 = new TextDecoder('latin1');
  for (const [ref, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    let text: string;
    try {
      text = latin1.decode(decodePDFRawStream(object).decode());
    } catch {
      continue;
    }
    if (!text.includes('begincmap') || !/beginbf(?:char|range)/.test(text)) continue;
    let touched = false;
    const rewritten = rewriteCMap(text, () => {
      touched = true;
    });
    if (!touched) continue;
    document.context.assign(ref, document.context.flateStream(Buffer.from(rewritten, 'latin1')));
    changed = true;
  }
  return changed ? document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }) : bytes;
}
