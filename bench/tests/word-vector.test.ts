import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsNormalising, tsvectorEntries, type Weight } from '../lib/tsvector-entries';
import { wordNumber, WordVector, type VectorPart } from '../lib/word-vector';

/** Texts as parts of both kinds: word strings for tsvectorEntries, tokens of word numbers for WordVector. */
interface Text {
  /** Each token's plain words, and (for a text with a ZWNJ) its joined words. */
  tokens: { plain: string[]; joined: string[] }[];
  joined: boolean;
  weight: Weight;
}

const asWords = (t: Text) => [...t.tokens.flatMap((k) => k.plain), ...(t.joined ? t.tokens.flatMap((k) => k.joined) : [])];
const asPart = (t: Text): VectorPart => ({
  tokens: t.tokens.map((k) => ({ lists: [k.plain.map(wordNumber), k.joined.map(wordNumber)] })),
  which: t.joined ? [0, 1] : [0],
  weight: t.weight,
});

/** What tsvectorEntries makes of the texts, or null where the generator must leave them to to_tsvector. */
function expected(texts: Text[]): Map<string, number[]> | null {
  const entries = tsvectorEntries(texts.map((t) => ({ text: asWords(t).join(' '), weight: t.weight })));
  return entries === null || needsNormalising(entries.values()) ? null : entries;
}

function built(vector: WordVector, texts: Text[]): Map<string, number[]> | null {
  return vector.build(texts.map(asPart)) ? vector.entries() : null;
}

const text = (words: string[], weight: Weight = 'D'): Text => ({ tokens: words.map((w) => ({ plain: [w], joined: [] })), joined: false, weight });

describe('the generator\'s numbered-word vectors', () => {
  it('equal tsvectorEntries on arbitrary token lists, one vector after another', () => {
    const word = fc.constantFrom('the', 'کابل', 'đà', 'nẵng', '17th', 'x1e5', '1e2a', 'w', 'a'.repeat(2048), 'می', 'خواهم', 'میخواهم');
    const token = fc.record({ plain: fc.array(word, { maxLength: 3 }), joined: fc.array(word, { maxLength: 2 }) });
    const textArb = fc.record({ tokens: fc.array(token, { maxLength: 40 }), joined: fc.boolean(), weight: fc.constantFrom<Weight>('A', 'B', 'C', 'D') });
    // One vector reused across runs, as a worker reuses it across articles: nothing of one may leak into the next.
    const vector = new WordVector();
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 3 }), (texts) => {
        expect(built(vector, texts)).toEqual(expected(texts));
      }),
      { numRuns: 500 },
    );
  });

  it('keep PostgreSQL limits as tsvectorEntries does: 255 positions per word and text, positions stop at 16383', () => {
    const vector = new WordVector();
    const many = Array.from({ length: 400 }, () => 'the');
    const long = Array.from({ length: 17000 }, (_, i) => `w${i % 50}`);
    const distinct = Array.from({ length: 17000 }, (_, i) => `w${i}`);
    const cases: Text[][] = [
      [text(many, 'A'), text(many)],
      [text(distinct, 'A'), text(['w16999', 'after'])],
      [text(['x'], 'A'), text(long)],
      [text(long, 'A'), text(['after', 'the', 'long', 'title'])],
      [text([], 'A'), text([])],
      [text(many.slice(0, 150), 'A'), text(many.slice(0, 100))],
      // Words past the last position all land on it.
      [text(distinct.slice(0, 16390), 'A'), text([])],
      [text(distinct.slice(0, 16382), 'A'), text(['x', 'x', 'x'])],
    ];
    const results = cases.map((c) => built(vector, c));
    expect(results).toEqual(cases.map(expected));
    // Declined where PostgreSQL's binary input would refuse the positions, as needsNormalising says.
    expect(results.map((r) => r === null)).toEqual([true, true, false, false, false, false, true, true]);
    // A word's positions from both texts are kept together, the body's after the title's.
    expect(results[5]!.get('the')).toEqual([...Array.from({ length: 150 }, (_, i) => (3 << 14) | (i + 1)), ...Array.from({ length: 100 }, (_, i) => 151 + i)]);
  });

  it('declines words the parser splits or drops', () => {
    const vector = new WordVector();
    expect(vector.build([asPart(text(['range', '1e2a']))])).toBe(false);
    expect(vector.build([asPart(text(['x'.repeat(2048)]))])).toBe(false);
    expect(vector.build([asPart(text(['x1e5', '17th', '2e'], 'A'))])).toBe(true);
    expect(vector.entries()).toEqual(new Map([['x1e5', [(3 << 14) | 1]], ['17th', [(3 << 14) | 2]], ['2e', [(3 << 14) | 3]]]));
  });
});
