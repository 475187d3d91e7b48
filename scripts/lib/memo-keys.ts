/**
 * The project's search keys (lib/search/document.ts `searchDocument`) and body hash
 * (lib/ingest/hash.ts `bodyHash`), memoised per whitespace-separated token, as lists of words:
 * the tsvectors are made from the words, and the key strings only where they are needed. Every step of those
 * normalisers (NFKC/NFD, invisibles, Arabic letter folds, digits, lower case, separators to one
 * space) acts within a token, so the key of a text is the keys of its tokens joined by one space;
 * generated text repeats a small vocabulary, which makes this ~10x faster. `verify` compares the
 * result with the real functions, and corpus-batch.ts calls it on a sample of every batch.
 */
import { createHash } from 'node:crypto';
import { bodyHash } from '../../lib/ingest/hash';
import { comparisonKey } from '../../lib/ingest/text';
import { searchDocument } from '../../lib/search/document';
import { exactKey, foldedKey } from '../../lib/search/normalise';

interface TokenKeys {
  /** Each key's words: a token's key is words joined by single spaces, and may be none. */
  folded: string[];
  exact: string[];
  foldedJoin: string[];
  exactJoin: string[];
  /** Folding changes nothing in this token. */
  same: boolean;
  comparison: string;
}

const MAX_CACHE = 500_000;
const cache = new Map<string, TokenKeys>();

const wordsOf = (key: string) => (key === '' ? [] : key.split(' '));

function tokenKeys(token: string): TokenKeys {
  let keys = cache.get(token);
  if (!keys) {
    if (cache.size >= MAX_CACHE) cache.clear();
    const folded = foldedKey(token);
    const exact = exactKey(token);
    const foldedJoin = foldedKey(token, 'join');
    const exactJoin = exactKey(token, 'join');
    keys = {
      folded: wordsOf(folded),
      exact: wordsOf(exact),
      foldedJoin: wordsOf(foldedJoin),
      exactJoin: wordsOf(exactJoin),
      same: folded === exact && foldedJoin === exactJoin,
      comparison: comparisonKey(token),
    };
    cache.set(token, keys);
  }
  return keys;
}

/**
 * A text's key as words: those of every token, then, for text with a ZWNJ, those of every token
 * with its ZWNJ joined (searchDocument indexes both spellings).
 */
export interface KeyWords {
  plain: string[];
  joined: string[] | null;
}

/** The key as searchDocument writes it. */
export function keyText({ plain, joined }: KeyWords): string {
  return joined ? `${plain.join(' ')} ${joined.join(' ')}` : plain.join(' ');
}

/** All the key's words in order, as to_tsvector numbers them. */
export function allWords({ plain, joined }: KeyWords): string[] {
  return joined ? plain.concat(joined) : plain;
}

export interface ArticleKeys {
  titleFolded: KeyWords;
  titleExact: KeyWords;
  bodyFolded: KeyWords;
  bodyExact: KeyWords;
  /** Folded and exact keys are the same words (no Latin diacritics in the text). */
  same: boolean;
  bodyHash: string;
}

function pushAll(target: string[], words: readonly string[]): void {
  for (const word of words) target.push(word);
}

/** A text's keys, with room for the joined spelling when the text has a ZWNJ. */
const emptyKeys = (zwnj: boolean): KeyWords => ({ plain: [], joined: zwnj ? [] : null });

/** Adds a token's words to a text's folded and exact keys, joined spelling included where there is room for it. */
function addToken(t: TokenKeys, folded: KeyWords, exact: KeyWords): void {
  pushAll(folded.plain, t.folded);
  pushAll(exact.plain, t.exact);
  if (folded.joined) pushAll(folded.joined, t.foldedJoin);
  if (exact.joined) pushAll(exact.joined, t.exactJoin);
}

/** Search keys (as words) and body hash of an article, tokenising each paragraph once. */
export function articleKeys(title: string, paragraphs: readonly string[]): ArticleKeys {
  let same = true;
  const titleFolded = emptyKeys(title.includes('\u200C'));
  const titleExact = emptyKeys(title.includes('\u200C'));
  for (const token of title.split(' ')) {
    const t = tokenKeys(token);
    same &&= t.same;
    addToken(t, titleFolded, titleExact);
  }
  const zwnj = paragraphs.some((p) => p.includes('\u200C'));
  const bodyFolded = emptyKeys(zwnj);
  const bodyExact = emptyKeys(zwnj);
  const comparison: string[] = [];
  for (const paragraph of paragraphs) {
    const c: string[] = [];
    for (const token of paragraph.split(' ')) {
      const t = tokenKeys(token);
      same &&= t.same;
      addToken(t, bodyFolded, bodyExact);
      if (t.comparison !== '') c.push(t.comparison);
    }
    comparison.push(c.join(' '));
  }
  return {
    titleFolded,
    titleExact,
    bodyFolded,
    bodyExact,
    same,
    bodyHash: createHash('sha256').update(comparison.join('\n')).digest('hex'),
  };
}

/** The keys as the strings searchDocument makes. */
export function keyTexts(keys: ArticleKeys): ReturnType<typeof searchDocument> {
  return {
    titleFolded: keyText(keys.titleFolded),
    titleExact: keyText(keys.titleExact),
    bodyFolded: keyText(keys.bodyFolded),
    bodyExact: keyText(keys.bodyExact),
  };
}

/** Throws when the memoised keys differ from the project's own functions for this article. */
export function verify(title: string, paragraphs: readonly string[]): void {
  const keys = articleKeys(title, paragraphs);
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
