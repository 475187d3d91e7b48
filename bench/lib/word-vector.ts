/**
 * The corpus generator's tsvectors made from numbered words: the same entries as
 * bench/lib/tsvector-entries.ts `tsvectorEntries` (whose rules and limits it takes), without a
 * string-keyed map per article or a list of the text's words. Generated keys repeat a small
 * vocabulary, so each word is numbered once (with its UTF-8 bytes for binary COPY), and a
 * vector's positions are gathered in per-word slots that are reused from article to article.
 * bench/tests/word-vector.test.ts holds it to `tsvectorEntries`; corpus-write.ts compares a
 * sample of every stored batch with to_tsvector.
 */
import * as rules from './tsvector-entries';
import { lexemeBytes } from './copy-binary';

// Read once: an imported binding can compile to a property read (tsx does), and these are read per word.
const MAX_POSITION = rules.MAX_POSITION;
const MAX_POSITIONS_PER_TEXT = rules.MAX_POSITIONS_PER_TEXT;

const numbers = new Map<string, number>();
/** By word number: the word, its UTF-8 bytes NUL-terminated (as a binary tsvector's lexeme), whether to_tsvector reads it as one word. */
const texts: string[] = [];
const lexemes: Uint8Array[] = [];
const oneWord: boolean[] = [];

/**
 * The word's number. The generator's vocabulary is finite (templates, names, topics and numbers
 * below a few hundred), so the table stays small and is never emptied.
 */
export function wordNumber(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    const bytes = lexemeBytes(word);
    n = texts.length;
    numbers.set(word, n);
    texts.push(word);
    lexemes.push(bytes);
    oneWord.push(rules.readsAsOneWord(word));
  }
  return n;
}

export const wordText = (n: number): string => texts[n]!;

/**
 * A text as the word numbers of its tokens: for each token, `lists[k]` of its lists, for each k of
 * `which` in turn over all the tokens (a key's plain spelling, then its joined one).
 */
export interface VectorPart {
  tokens: readonly { readonly lists: readonly (readonly number[])[] }[];
  which: readonly number[];
  weight: rules.Weight;
}

/**
 * One vector at a time: `build` fills it, and it stays readable until the next `build`. Per word,
 * the build and the part it was last seen in are stamped, so nothing is cleared between articles.
 */
export class WordVector {
  /** Words in the order first seen in this build, and each one's positions (WordEntryPos numbers). */
  readonly words: number[] = [];
  private positions: number[][] = [];
  private seenInBuild = new Int32Array(0);
  private seenInPart = new Int32Array(0);
  private countInPart = new Int32Array(0);
  private builds = 0;
  private parts = 0;

  private grow(): void {
    const size = Math.max(texts.length, this.seenInBuild.length * 2, 1024);
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.seenInBuild = grown(this.seenInBuild);
    this.seenInPart = grown(this.seenInPart);
    this.countInPart = grown(this.countInPart);
  }

  /**
   * The parts concatenated as `||` does (see tsvectorEntries). False when a word is one the parser
   * splits or drops, or when PostgreSQL's text input would have to merge or cap positions
   * (`needsNormalising`): leave that text to to_tsvector.
   */
  build(parts: readonly VectorPart[]): boolean {
    if (this.seenInBuild.length < texts.length) this.grow();
    const build = ++this.builds;
    this.words.length = 0;
    let offset = 0;
    for (const { tokens, which, weight } of parts) {
      const part = ++this.parts;
      const bits = rules.WEIGHT_BITS[weight] << 14;
      let position = 0;
      let highest = 0;
      for (const k of which) {
        for (const token of tokens) {
          for (const word of token.lists[k]!) {
            if (!oneWord[word]) return false;
            position = Math.min(position + 1, MAX_POSITION);
            if (this.seenInBuild[word] !== build) {
              this.seenInBuild[word] = build;
              this.words.push(word);
              this.positions[word] = [];
            }
            if (this.seenInPart[word] !== part) {
              this.seenInPart[word] = part;
              this.countInPart[word] = 0;
            }
            // tsvectorEntries also drops a repeat of a word's last position, which only happens at
            // MAX_POSITION, where the vector is declined below either way.
            if (this.countInPart[word]! >= MAX_POSITIONS_PER_TEXT) continue;
            this.countInPart[word]!++;
            const shifted = Math.min(position + offset, MAX_POSITION);
            if (shifted > highest) highest = shifted;
            this.positions[word]!.push(shifted | bits);
          }
        }
      }
      offset = Math.max(offset, highest);
    }
    return !rules.needsNormalising(this.words.map((word) => this.positions[word]!));
  }

  /** The i-th word's lexeme bytes and positions, for CopyBinaryWriter.tsvectorLexemes. */
  lexeme = (i: number): Uint8Array => lexemes[this.words[i]!]!;
  positionsAt = (i: number): readonly number[] => this.positions[this.words[i]!]!;

  /** The vector as tsvectorEntries gives it (for tests). */
  entries(): Map<string, number[]> {
    return new Map(this.words.map((word) => [texts[word]!, [...this.positions[word]!]]));
  }
}
