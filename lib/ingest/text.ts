/**
 * Small text helpers shared by the ingester. Every "fold" here maps one UTF-16 code unit to
 * exactly one code unit, so an index found in folded text is also valid in the original text:
 * that lets the date and country finders report spans exactly as the page printed them.
 */

/** Bidi embedding/override (U+202A-202E) and isolate (U+2066-2069) controls: Trojan Source risk. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Strip bidi override/isolate controls (keeps ZWNJ/ZWJ, which shape Persian words). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Identifiers (file names, bylines) also lose LRM/RLM/ALM and the BOM. */
export function cleanIdentifier(text: string): string {
  return stripBidiControls(text)
    .replace(/[\u200E\u200F\u061C\uFEFF]/g, '')
    .trim();
}

const DIGIT_ZERO = [0x0660, 0x06f0]; // Arabic-Indic, Extended Arabic-Indic (Persian/Urdu)

/** Persian and Arabic-Indic digits -> ASCII, one code unit for one. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    for (const zero of DIGIT_ZERO) {
      if (code >= zero && code <= zero + 9) return String(code - zero);
    }
    return d;
  });
}

const ARABIC_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ي: 'ی',
  ى: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
};

/**
 * Arabic/Persian spelling variants folded (أ/إ/آ -> ا, ي/ى -> ی, ك -> ک, ة -> ه) and all digits
 * made ASCII, length-preserving, so one table of names matches Arabic, Persian and Urdu spellings.
 */
export function foldForMatching(text: string): string {
  return asciiDigits(text).replace(/[أإآٱيىكةۀ]/g, (c) => ARABIC_FOLDS[c] ?? c);
}

/** Escape a literal for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of literals, longest first so a regex prefers "Nam Triều Tiên" over "Triều Tiên". */
export function alternation(literals: readonly string[]): string {
  return [...new Set(literals)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Words as a reader counts them (letters/digits runs), script-independent. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{M}\p{Nd}\u200C]+/gu);
  return words ? words.length : 0;
}

/**
 * Key for comparing paragraphs: NFKC, no invisible/bidi characters, no tatweel or harakat,
 * folded spelling variants, collapsed whitespace, lower case. Two scrapes of one paragraph
 * that differ only in such noise get the same key.
 */
export function comparisonKey(text: string): string {
  return foldForMatching(
    text.normalize('NFKC').replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD\u0640\u064B-\u065F\u0670]/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const FALLBACK_TITLE_LENGTH = 120;

/** A stand-in headline from a paragraph's opening words, cut at a word boundary. */
export function headlineFrom(paragraph: string): string {
  const text = stripBidiControls(paragraph).trim();
  if (text.length <= FALLBACK_TITLE_LENGTH) return text;
  const cut = text.slice(0, FALLBACK_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 40 ? cut.slice(0, lastSpace) : cut}…`;
}
