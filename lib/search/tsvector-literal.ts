/**
 * A tsvector written as its text form, from search keys (lib/search/normalise.ts), equal to what
 * PostgreSQL computes for `setweight(to_tsvector('simple', a), 'A') || setweight(to_tsvector('simple', b), 'D')`.
 *
 * Why: parsing text with to_tsvector is most of the database's work when millions of articles are
 * loaded at once (about 1.3 ms per body here, against 0.2 ms to read the finished vector). Search
 * keys are already lower-case words of letters and digits separated by single spaces, so the
 * parser's job reduces to numbering them. Whoever uses this must compare it with to_tsvector on a
 * sample of the same server (the corpus generator does, per batch): a server whose text parser
 * splits words differently is caught there, never silently indexed apart.
 */

/**
 * Words the parser does not read as one word: digits, `e` and a digit start a number in
 * scientific notation ("1e2a" is "1e2" and "a"), and words past 2047 bytes are dropped.
 */
const SCIENTIFIC = /^[0-9]+e[0-9]/;
const MAX_WORD_BYTES = 2047;

function readAsOneWord(word: string): boolean {
  if (SCIENTIFIC.test(word)) return false;
  return word.length * 3 <= MAX_WORD_BYTES || Buffer.byteLength(word) <= MAX_WORD_BYTES;
}

/** PostgreSQL's limits: positions stop at 16383 and a lexeme keeps at most 255 of them from one text. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_TEXT = 255;

type Weight = 'A' | 'B' | 'C' | 'D';

interface Part {
  /** A search key: words separated by single spaces. */
  text: string;
  weight: Weight;
}

function positionsOf(text: string): Map<string, number[]> | null {
  const lexemes = new Map<string, number[]>();
  let position = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (!readAsOneWord(word)) return null;
    position = Math.min(position + 1, MAX_POSITION);
    const positions = lexemes.get(word);
    if (!positions) lexemes.set(word, [position]);
    else if (positions.length < MAX_POSITIONS_PER_TEXT && positions[positions.length - 1] !== position) positions.push(position);
  }
  return lexemes;
}

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The parts concatenated as `||` does: each part's positions continue after the highest position
 * of the parts before it, and carry the part's weight (D, the default, is written bare). Null
 * when a word is one the parser splits or drops: leave that text to to_tsvector.
 */
export function tsvectorLiteral(parts: readonly Part[]): string | null {
  const merged = new Map<string, string[]>();
  let offset = 0;
  for (const { text, weight } of parts) {
    let highest = 0;
    const lexemes = positionsOf(text);
    if (!lexemes) return null;
    for (const [lexeme, positions] of lexemes) {
      const suffix = weight === 'D' ? '' : weight;
      const written = positions.map((p) => {
        const shifted = Math.min(p + offset, MAX_POSITION);
        highest = Math.max(highest, shifted);
        return `${shifted}${suffix}`;
      });
      const existing = merged.get(lexeme);
      if (existing) existing.push(...written);
      else merged.set(lexeme, written);
    }
    offset = Math.max(offset, highest);
  }
  const entries: string[] = [];
  for (const [lexeme, positions] of merged) entries.push(`${quote(lexeme)}:${positions.join(',')}`);
  return entries.join(' ');
}
