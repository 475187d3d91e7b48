/**
 * The text pieces of a PDF's pages -> article text: pieces on one baseline become a line (in
 * reading order: right to left for Arabic-script lines), lines become paragraphs where they
 * continue one another, Arabic presentation forms become ordinary letters, and the running
 * headers, footers and page numbers printed on every page are left out.
 */
import type { PdfItem } from '../types';

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/gu;
/**
 * Presentation forms: Arabic contextual glyph codes (U+FB50–U+FDFF, U+FE70–U+FEFF) and the Latin and
 * Hebrew ligatures before them, which the PDF reader leaves unfolded until runs are in reading order.
 */
const PRESENTATION_FORMS = /[\uFB00-\uFDFF\uFE70-\uFEFF]+/gu;
/** Sentence ends in the supported scripts: . ! ? … and the Arabic and Urdu full stops and question mark. */
const SENTENCE_END = /[.!?…。؟۔][»"'”’)\]]*$/u;

/** Presentation forms (contextual glyph codes some PDFs carry) folded to their letters (NFKC). */
export function foldPresentationForms(text: string): string {
  return text.replace(PRESENTATION_FORMS, (run) => run.normalize('NFKC')).replace(/\uFEFF/g, '');
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
const isRtl = (text: string) => count(text, STRONG_RTL) > count(text, STRONG_LTR);

/** Pieces sharing a baseline (within a fraction of the glyph height) are one printed line. */
function toLines(items: readonly PdfItem[]): Line[] {
  const pieces = items
    .map((item) => ({ ...item, text: foldPresentationForms(item.text) }))
    .filter((item) => item.text.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof pieces)[] = [];
  for (const piece of pieces) {
    const group = groups.at(-1);
    const tolerance = Math.max(1, Math.min(piece.height, group?.[0]?.height ?? piece.height) * 0.4);
    if (group && Math.abs(group[0]!.y - piece.y) <= tolerance) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    const rtl = isRtl(group.map((p) => p.text).join(''));
    group.sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
    let text = '';
    for (let i = 0; i < group.length; i++) {
      const piece = group[i]!;
      const previous = group[i - 1];
      // A gap wider than a fifth of the glyph height between pieces is a space the PDF did not encode.
      const gap = previous ? (rtl ? previous.x - (piece.x + piece.width) : piece.x - (previous.x + previous.width)) : 0;
      const needsSpace = previous && gap > piece.height * 0.2 && !/\s$/u.test(text) && !/^\s/u.test(piece.text);
      text += (needsSpace ? ' ' : '') + piece.text;
    }
    return {
      // pdf.js reports a gap before a combining mark drawn with an advance of its own.
      text: text
        .replace(/\s+/gu, ' ')
        .replace(/ (?=\p{M})/gu, '')
        .trim(),
      left: Math.min(...group.map((p) => p.x)),
      right: Math.max(...group.map((p) => p.x + p.width)),
      y: group[0]!.y,
      size: Math.max(...group.map((p) => p.height)),
    };
  });
}

const sameSize = (a: Line, b: Line) => Math.abs(a.size - b.size) <= Math.max(0.5, b.size * 0.1);

/**
 * The usual distance between the baselines of two lines of a paragraph, as a multiple of the font
 * size: the lower quartile of the distances between lines of one size, since the larger ones
 * separate paragraphs (a page may have more paragraph breaks than wrapped lines).
 */
function leadingOf(lines: readonly Line[]): number {
  const ratios = lines
    .slice(1)
    .flatMap((line, i) => (sameSize(lines[i]!, line) && line.size > 0 && lines[i]!.y > line.y ? [(lines[i]!.y - line.y) / line.size] : []))
    .sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 4)] ?? 1.2;
}

/**
 * Lines of one page -> paragraphs. A line continues the one above when it sits at the usual line
 * spacing for its size, in the same font size, and the line above ran to the column's edge (a
 * short line, or one ending a sentence short of the edge, ends its paragraph).
 */
function toParagraphs(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const leading = leadingOf(lines);
  const widths = lines.map((l) => l.right - l.left);
  const column = Math.max(...widths);
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1];
    const continues =
      above !== undefined &&
      current !== '' &&
      above.y - line.y <= leading * line.size * 1.3 &&
      sameSize(above, line) &&
      (above.right - above.left >= column * 0.85 || !SENTENCE_END.test(above.text)) &&
      above.right - above.left >= column * 0.6;
    if (continues) {
      // A line broken after a hyphen joins without a space; the hyphen stays (it may be a compound's).
      current += /\p{L}-$/u.test(current) ? line.text : ` ${line.text}`;
    } else {
      if (current) paragraphs.push(current);
      current = line.text;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Lines printed on most pages at the same height (running heads, footers, page numbers). */
function runningLines(pages: readonly Line[][]): Set<string> {
  const running = new Set<string>();
  if (pages.length < 3) return running;
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.map((l) => `${Math.round(l.y)}|${l.text.replace(/\p{Nd}+/gu, '#')}`));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [key, times] of seen) if (times >= pages.length * 0.6) running.add(key);
  return running;
}

export function pdfToText(pages: readonly PdfItem[][]): string {
  const lined = pages.map(toLines);
  const running = runningLines(lined);
  return lined
    .flatMap((lines) =>
      toParagraphs(
        lines.filter((l) => !running.has(`${Math.round(l.y)}|${l.text.replace(/\p{Nd}+/gu, '#')}`) && !/^[\p{Nd}\s\-–/]+$/u.test(l.text)),
      ),
    )
    .join('\n\n');
}
