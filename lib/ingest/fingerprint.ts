/**
 * Near-duplicate fingerprints of an article body: MinHash over word shingles, with LSH band keys
 * so that a store can find the few articles worth comparing through an index.
 *
 * The body is folded as the search index folds it (no diacritics, Arabic-script spelling
 * variants and digits folded, punctuation dropped), its words run on
 * across paragraph breaks so a re-wrapped or re-split copy keeps its shingles, and every run of
 * SHINGLE_WORDS words is hashed. Similarity is the share of equal signature positions, an
 * estimate of the Jaccard similarity of the two shingle sets.
 *
 * Written here rather than taken from npm: the MinHash packages there are unmaintained or draw
 * their permutations from Math.random, and a stored signature must be the same on every machine
 * and in every release (changing any constant below means recomputing every stored signature).
 */
/** Number of hash functions, each one position of a signature. */
export const SIGNATURE_LENGTH = 128;
/** Signature positions per LSH band: two bodies become candidates when one band agrees entirely. */
export const BAND_ROWS = 4;
export const BAND_COUNT = SIGNATURE_LENGTH / BAND_ROWS;
/**
 * A body this similar to another is reported as its near duplicate. With 32 bands of 4 rows a
 * pair at this similarity shares a band with probability above 0.9999, so the band lookup finds
 * it; pairs below one half rarely share one, which keeps the candidates few.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.85;
const SHINGLE_WORDS = 3;

/** MurmurHash3's finaliser: a bijection on 32 bits that spreads every input bit over the output. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised: a word's 32-bit hash. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return mix(h);
}

// The hash functions: x -> a*x + b modulo 2^32, with a fixed odd multiplier and offset each (from
// the golden-ratio sequence, mixed). Shingle hashes are already uniformly spread by `mix`, and
// multiply-add is a permutation whose high bits, which decide the minimum, behave as a random
// order; one multiplication per function keeps a body's signature cheap. Never change these.
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(Math.imul(2 * i + 1, 0x9e3779b9)) | 1);
const OFFSETS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(Math.imul(2 * i + 2, 0x9e3779b9)));

// Invisible characters that only steer rendering (soft hyphen, ZWSP, ZWJ, word joiner, BOM, bidi
// marks and controls): dropped, so a word keeps together across them. ZWNJ stays a word break.
const INVISIBLE = /[\u00AD\u200B\u200D\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
const NON_ASCII = /[^\u0000-\u007F]/;

/** Marks left by NFKD that the search keys drop: Latin diacritics, harakat, Quranic marks, tatweel. */
function isDroppedMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0610 && code <= 0x061a) ||
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

// Letters NFKD leaves apart that the search keys fold together (أ إ آ ؤ ئ ۀ lose their hamza
// or madda to NFKD already). Never پ چ ژ گ: those are other letters.
const LETTER_FOLDS = new Map<number, string>([
  [0x0643, '\u06A9'], // ك -> ک
  [0x064a, '\u06CC'], // ي -> ی
  [0x0649, '\u06CC'], // ى -> ی
  [0x0671, '\u0627'], // ٱ -> ا
  [0x0629, '\u0647'], // ة -> ه
  [0x06d5, '\u0647'], // ە -> ه
  [0x0111, 'd'], // đ -> d
]);

function foldWord(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isDroppedMark(code)) continue;
    if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) folded += String((code & 0xf) % 10);
    else folded += LETTER_FOLDS.get(code) ?? word[i];
  }
  return folded;
}

/**
 * The body's words, folded as the search keys fold them (lib/search/normalise.ts foldedKey:
 * compatibility forms, case, Latin diacritics, Arabic-script marks and spelling variants, Persian
 * and Arabic-Indic digits; a test holds the two together), in order across paragraph breaks. One
 * pass of its own rather than foldedKey itself, which makes ten passes over the text and would
 * cost the ingester a third of its speed.
 */
export function foldedWords(paragraphs: readonly string[]): string[] {
  const text = paragraphs.join('\n').replace(INVISIBLE, '').normalize('NFKD').toLowerCase();
  const words: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const folded = NON_ASCII.test(word) ? foldWord(word) : word;
    if (folded) words.push(folded);
  }
  return words;
}

/** Hashes of the body's distinct word shingles; a body shorter than a shingle is one shingle. */
export function shingleHashes(paragraphs: readonly string[]): Set<number> {
  const hashes = foldedWords(paragraphs).map(hashWord);
  const shingles = new Set<number>();
  if (hashes.length === 0) return shingles;
  const width = Math.min(SHINGLE_WORDS, hashes.length);
  for (let start = 0; start + width <= hashes.length; start++) {
    let h = 0;
    for (let i = start; i < start + width; i++) h = mix(Math.imul(h ^ hashes[i]!, 0x01000193));
    shingles.add(h);
  }
  return shingles;
}

/**
 * The body's MinHash signature: SIGNATURE_LENGTH signed 32-bit integers (as PostgreSQL's
 * `integer[]` stores them), or null for a body without a single word.
 */
export function fingerprint(paragraphs: readonly string[]): number[] | null {
  const shingles = shingleHashes(paragraphs);
  if (shingles.size === 0) return null;
  const values = Uint32Array.from(shingles);
  const minima = new Uint32Array(SIGNATURE_LENGTH);
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    const multiplier = MULTIPLIERS[i]!;
    const offset = OFFSETS[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < values.length; j++) {
      const value = (Math.imul(values[j]!, multiplier) + offset) >>> 0;
      if (value < min) min = value;
    }
    minima[i] = min;
  }
  return Array.from(minima, (value) => value | 0);
}

/** Estimated Jaccard similarity of two bodies' shingles, 0 to 1; 0 when either has no signature. */
export function similarity(a: readonly number[] | null, b: readonly number[] | null): number {
  if (!a || !b || a.length !== SIGNATURE_LENGTH || b.length !== SIGNATURE_LENGTH) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}

/**
 * The signature's LSH band keys, one per band: band number times 2^32 plus a hash of the band's
 * values, so keys of different bands never collide and every key fits a JavaScript number and a
 * PostgreSQL `bigint`. Two signatures sharing any key are candidates for a comparison.
 */
export function bandKeys(signature: readonly number[] | null): number[] {
  if (!signature || signature.length !== SIGNATURE_LENGTH) return [];
  const keys: number[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    let h = mix(band + 1);
    for (let row = 0; row < BAND_ROWS; row++) h = mix(Math.imul(h ^ signature[band * BAND_ROWS + row]!, 0x01000193));
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}
