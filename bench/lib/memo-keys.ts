/**
 * The project's search keys (lib/search/document.ts `searchDocument`) and body hash
 * (lib/ingest/hash.ts `bodyHash`), memoised per space-separated token, as numbered words
 * (word-vector.ts): the tsvectors are made from the numbers, and the key strings only where they
 * are needed. Every step of those
 * normalisers (NFKC/NFD, invisibles, Arabic letter folds, digits, lower case, separators to one
 * space) acts within a token, so the key of a text is the keys of its tokens joined by one space;
 * generated text repeats a small vocabulary, which makes this ~10x faster. The generator hands
 * over each text as the tokens it joined (corpus.ts `titleTokens`, `paragraphTokens`): a template's
 * fixed tokens are the same string objects every time, so each is hashed once (V8 keeps a
 * string's hash) and nothing is split but filled slots. `verify` compares the result with the real
 * functions, and corpus-batch.ts calls it on a sample of every batch.
 */
import { createHash } from 'node:crypto';
import { bodyHash } from '../../lib/ingest/hash';
import { comparisonKey } from '../../lib/ingest/text';
import { searchDocument } from '../../lib/search/document';
import { exactKey, foldedKey } from '../../lib/search/normalise';
import { wordNumber, wordText, type VectorPart } from './word-vector';

/** Which of a token's word lists: its key's words, folded or exact, plain or with ZWNJs joined. */
const FOLDED = 0;
const EXACT = 1;
const JOINED = 2;

interface TokenKeys {
  /** Word numbers (word-vector.ts) of the token's folded, exact, folded-joined and exact-joined keys: a token's key is words joined by single spaces, and may be none. */
  lists: [number[], number[], number[], number[]];
  /** Folding changes nothing in this token. */
  same: boolean;
  /** The token holds a ZWNJ: its text is indexed with the joined spelling too. */
  zwnj: boolean;
  comparison: string;
}

const MAX_CACHE = 500_000;
const cache = new Map<string, TokenKeys>();

const wordsOf = (key: string) => (key === '' ? [] : key.split(' ').map(wordNumber));

function tokenKeys(token: string): TokenKeys {
  let keys = cache.get(token);
  if (!keys) {
    if (cache.size >= MAX_CACHE) cache.clear();
    const folded = foldedKey(token);
    const exact = exactKey(token);
    const foldedJoin = foldedKey(token, 'join');
    const exactJoin = exactKey(token, 'join');
    keys = {
      lists: [wordsOf(folded), wordsOf(exact), wordsOf(foldedJoin), wordsOf(exactJoin)],
      same: folded === exact && foldedJoin === exactJoin,
      zwnj: token.includes('\u200C'),
      comparison: comparisonKey(token),
    };
    cache.set(token, keys);
  }
  return keys;
}

export interface ArticleKeys {
  title: TokenKeys[];
  body: TokenKeys[];
  /** The text has a ZWNJ, so its keys hold the joined spelling after the plain one (searchDocument indexes both). */
  titleZwnj: boolean;
  bodyZwnj: boolean;
  /** Folded and exact keys are the same words (no Latin diacritics in the text). */
  same: boolean;
  bodyHash: string;
}

/**
 * The keys of a text's tokens, a token that holds spaces (a filled slot: "United States") looked
 * up word by word; and whether any has a ZWNJ.
 */
function keysOfTokens(tokens: readonly string[], out: TokenKeys[]): boolean {
  let zwnj = false;
  const add = (token: string) => {
    const t = tokenKeys(token);
    zwnj ||= t.zwnj;
    out.push(t);
  };
  for (const token of tokens) {
    if (token.includes(' ')) token.split(' ').forEach(add);
    else add(token);
  }
  return zwnj;
}

/** A generated text: the tokens corpus.ts joined with single spaces to make it. */
type TokenList = readonly string[];

/** Search keys (as word numbers) and body hash of an article, from its title's and paragraphs' tokens. */
export function articleKeys(titleTokens: TokenList, paragraphTokens: readonly TokenList[]): ArticleKeys {
  const title: TokenKeys[] = [];
  const titleZwnj = keysOfTokens(titleTokens, title);
  const body: TokenKeys[] = [];
  const comparison: string[] = [];
  let bodyZwnj = false;
  for (const tokens of paragraphTokens) {
    const from = body.length;
    bodyZwnj = keysOfTokens(tokens, body) || bodyZwnj;
    const c: string[] = [];
    for (let i = from; i < body.length; i++) if (body[i]!.comparison !== '') c.push(body[i]!.comparison);
    comparison.push(c.join(' '));
  }
  return {
    title,
    body,
    titleZwnj,
    bodyZwnj,
    same: title.every((t) => t.same) && body.every((t) => t.same),
    bodyHash: createHash('sha256').update(comparison.join('\n')).digest('hex'),
  };
}

/** The title and body as parts of a vector (word-vector.ts), folded or exact. */
export function vectorParts(keys: ArticleKeys, kind: 'folded' | 'exact'): VectorPart[] {
  const k = kind === 'folded' ? FOLDED : EXACT;
  return [
    { tokens: keys.title, which: keys.titleZwnj ? [k, k + JOINED] : [k], weight: 'A' },
    { tokens: keys.body, which: keys.bodyZwnj ? [k, k + JOINED] : [k], weight: 'D' },
  ];
}

/** A key as searchDocument writes it: the words of every token, then, with a ZWNJ, every token's joined words. */
function keyText(tokens: readonly TokenKeys[], zwnj: boolean, k: number): string {
  const words = (list: number) => tokens.flatMap((t) => t.lists[list]!.map(wordText)).join(' ');
  return zwnj ? `${words(k)} ${words(k + JOINED)}` : words(k);
}

/** The keys as the strings searchDocument makes. */
export function keyTexts(keys: ArticleKeys): ReturnType<typeof searchDocument> {
  return {
    titleFolded: keyText(keys.title, keys.titleZwnj, FOLDED),
    titleExact: keyText(keys.title, keys.titleZwnj, EXACT),
    bodyFolded: keyText(keys.body, keys.bodyZwnj, FOLDED),
    bodyExact: keyText(keys.body, keys.bodyZwnj, EXACT),
  };
}

interface TokenisedArticle {
  title: string;
  paragraphs: readonly string[];
  titleTokens: TokenList;
  paragraphTokens: readonly TokenList[];
}

/** Throws when the tokens are not the text, or the memoised keys differ from the project's own functions, for this article. */
export function verify({ title, paragraphs, titleTokens, paragraphTokens }: TokenisedArticle): void {
  if (titleTokens.join(' ') !== title || paragraphTokens.length !== paragraphs.length || paragraphTokens.some((t, i) => t.join(' ') !== paragraphs[i])) {
    throw new Error(`the generator's tokens are not the text of "${title}"`);
  }
  const keys = articleKeys(titleTokens, paragraphTokens);
  const fast = keyTexts(keys);
  const real = searchDocument(title, paragraphs);
  for (const key of Object.keys(real) as (keyof typeof real)[]) {
    if (fast[key] !== real[key]) throw new Error(`memoised search key ${key} differs from searchDocument for "${title}"`);
  }
  if (keys.same !== (real.titleFolded === real.titleExact && real.bodyFolded === real.bodyExact)) {
    throw new Error(`memoised folding differs from searchDocument for "${title}"`);
  }
  if (keys.bodyHash !== bodyHash(paragraphs)) throw new Error(`memoised body hash differs for "${title}"`);
}
