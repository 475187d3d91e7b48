/**
 * Search keys: what readers of Arabic-script and Vietnamese text don't type consistently folds
 * away; distinct letters never do. The same functions build the index and read the query, so
 * the two always agree. Display text is never passed through here.
 */

// Invisible characters that only steer rendering: bidi controls, ZWSP, ZWJ, soft hyphen, BOM,
// word joiner. ZWNJ is handled apart: in Persian it separates parts of one word.
const INVISIBLE = /[\u200B\u200D\u00AD\uFEFF\u2060\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;
const ZWNJ = /\u200C/gu;
// Tatweel (kashida), harakat and Quranic marks, superscript alef, hamza above/below as marks.
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/gu;

const LETTER_FOLDS: Record<string, string> = {
  '\u0643': '\u06A9', // ك -> ک
  '\u064A': '\u06CC', // ي -> ی
  '\u0649': '\u06CC', // ى -> ی
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0622': '\u0627', // آ -> ا
  '\u0671': '\u0627', // ٱ -> ا
  '\u0629': '\u0647', // ة -> ه
  '\u06C0': '\u0647', // ۀ -> ه
  '\u06D5': '\u0647', // ە -> ه
  '\u0624': '\u0648', // ؤ -> و
  '\u0626': '\u06CC', // ئ -> ی
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

// Every decimal digit Unicode knows, as its ASCII digit. Unicode keeps each script's digits in
// a contiguous run from 0 to 9 (some runs sit back to back), so the value is the distance from
// the start of the run, modulo ten.
const DIGIT = /\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  if (code < 128) return digit;
  let start = code;
  while (IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Shared steps before the keys differ: compatibility forms, invisibles, Arabic variants, digits, case. */
function baseFold(text: string, zwnj: 'space' | 'join'): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(ZWNJ, zwnj === 'space' ? ' ' : '')
    .replace(ARABIC_MARKS, '')
    .replace(LETTERS, (letter) => LETTER_FOLDS[letter]!)
    .replace(DIGIT, asciiDigit)
    .toLowerCase();
}

function words(text: string): string {
  return text.replace(WORD_SEPARATORS, ' ').trim();
}

/** Latin diacritics dropped: "Đà Nẵng" -> "da nang". What the index matches loosely. */
export function foldedKey(text: string, zwnj: 'space' | 'join' = 'space'): string {
  const base = baseFold(text, zwnj).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
  return words(base.normalize('NFC'));
}

/** Latin diacritics kept: "má" stays apart from "ma". Exact matches rank above folded ones. */
export function exactKey(text: string, zwnj: 'space' | 'join' = 'space'): string {
  return words(baseFold(text, zwnj).normalize('NFC'));
}

/**
 * The keys to index for a text: with ZWNJ as a word break and, where the text has one, with the
 * parts joined, so "میخواهم" finds "می‌خواهم" and the other way round.
 */
export function indexKeys(text: string): { folded: string; exact: string } {
  const folded = foldedKey(text);
  const exact = exactKey(text);
  if (!text.includes('\u200C')) return { folded, exact };
  return { folded: `${folded} ${foldedKey(text, 'join')}`, exact: `${exact} ${exactKey(text, 'join')}` };
}
