/**
 * A tsvector made from search keys (lib/search/normalise.ts), equal to what PostgreSQL computes
 * for `setweight(to_tsvector('simple', a), 'A') || setweight(to_tsvector('simple', b), 'D')`, as
 * its entries: lexemes and position numbers, which the corpus generator sends in binary COPY
 * (bench/lib/word-vector.ts builds them faster by these rules and is held to this model).
 *
 * Why: parsing text with to_tsvector is most of the database's work when millions of articles are
 * loaded at once (about 1.3 ms per body here, against 0.2 ms to read the finished vector as text,
 * and less in binary). Search keys are already lower-case words of letters and digits separated
 * by single spaces, so the parser's job reduces to numbering them. Whoever uses this must compare
 * it with to_tsvector on a sample of the same server (the corpus generator does, per batch): a
 * server whose text parser splits words differently is caught there, never silently indexed apart.
 */

/**
 * Words the parser does not read as one word: digits, `e` and a digit start a number in
 * scientific notation ("1e2a" is "1e2" and "a"), and words past 2047 bytes are dropped.
 */
const SCIENTIFIC = /^[0-9]+e[0-9]/;
const MAX_WORD_BYTES = 2047;

export function readsAsOneWord(word: string): boolean {
  if (SCIENTIFIC.test(word)) return false;
  return word.length * 3 <= MAX_WORD_BYTES || Buffer.byteLength(word) <= MAX_WORD_BYTES;
}

/** PostgreSQL's limits: positions stop at 16383 and a lexeme keeps at most 255 of them from one text. */
export const MAX_POSITION = 16383;
export const MAX_POSITIONS_PER_TEXT = 255;

export type Weight = 'A' | 'B' | 'C' | 'D';

interface Part {
  /** A search key: words separated by single spaces. */
  text: string;
  weight: Weight;
}

function positionsOf(part: Part): Map<string, number[]> | null {
  const lexemes = new Map<string, number[]>();
  let position = 0;
  for (const word of part.text.split(' ')) {
    if (word === '') continue;
    if (!readsAsOneWord(word)) return null;
    position = Math.min(position + 1, MAX_POSITION);
    const positions = lexemes.get(word);
    if (!positions) lexemes.set(word, [position]);
    else if (positions.length < MAX_POSITIONS_PER_TEXT && positions[positions.length - 1] !== position) positions.push(position);
  }
  return lexemes;
}

/** Weights as PostgreSQL stores them in a position's top two bits. */
export const WEIGHT_BITS: Record<Weight, number> = { A: 3, B: 2, C: 1, D: 0 };

/**
 * The parts concatenated as `||` does: each part's positions continue after the highest position
 * of the parts before it, and carry the part's weight. Each lexeme's positions are PostgreSQL's
 * WordEntryPos numbers (position in the low 14 bits, weight in the top two), in the order the
 * text gives them. Null when a word is one the parser splits or drops: leave that text to
 * to_tsvector.
 */
export function tsvectorEntries(parts: readonly Part[]): Map<string, number[]> | null {
  const merged = new Map<string, number[]>();
  let offset = 0;
  for (const part of parts) {
    let highest = 0;
    const lexemes = positionsOf(part);
    if (!lexemes) return null;
    const bits = WEIGHT_BITS[part.weight] << 14;
    for (const [lexeme, positions] of lexemes) {
      // Shifted and weighted in place: these arrays are this call's own.
      for (let i = 0; i < positions.length; i++) {
        const shifted = Math.min(positions[i]! + offset, MAX_POSITION);
        if (shifted > highest) highest = shifted;
        positions[i] = shifted | bits;
      }
      const existing = merged.get(lexeme);
      if (existing) existing.push(...positions);
      else merged.set(lexeme, positions);
    }
    offset = Math.max(offset, highest);
  }
  return merged;
}

/**
 * Whether PostgreSQL's text input would have to merge or cap these lexemes' positions (a vector's
 * lists, one per lexeme): a lexeme that reaches the last position (where positions of both parts
 * pile up) or holds more than 255 of them. Its binary input takes positions as given and rejects
 * such lists, so a binary tsvector is only written where this is false.
 */
export function needsNormalising(positionLists: Iterable<readonly number[]>): boolean {
  for (const positions of positionLists) {
    if (positions.length > MAX_POSITIONS_PER_TEXT) return true;
    if ((positions[positions.length - 1]! & MAX_POSITION) === MAX_POSITION) return true;
  }
  return false;
}
