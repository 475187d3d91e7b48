/**
 * The project's search keys (lib/search/document.ts `searchDocument`) and body hash
 * (lib/ingest/hash.ts `bodyHash`), memoised per whitespace-separated token. Every step of those
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
  folded: string;
  exact: string;
  foldedJoin: string;
  exactJoin: string;
  comparison: string;
}

const MAX_CACHE = 500_000;
const cache = new Map<string, TokenKeys>();

function tokenKeys(token: string): TokenKeys {
  let keys = cache.get(token);
  if (!keys) {
    if (cache.size >= MAX_CACHE) cache.clear();
    keys = {
      folded: foldedKey(token),
      exact: exactKey(token),
      foldedJoin: foldedKey(token, 'join'),
      exactJoin: exactKey(token, 'join'),
      comparison: comparisonKey(token),
    };
    cache.set(token, keys);
  }
  return keys;
}

function push(parts: string[], part: string): void {
  if (part !== '') parts.push(part);
}

/** Search keys and body hash of an article, tokenising each paragraph once. */
export function articleKeys(title: string, paragraphs: readonly string[]): { doc: ReturnType<typeof searchDocument>; bodyHash: string } {
  const withZwnjTitle = title.includes('\u200C');
  const titleTokens = title.split(' ').map(tokenKeys);
  const tf: string[] = [];
  const te: string[] = [];
  const tfj: string[] = [];
  const tej: string[] = [];
  for (const t of titleTokens) {
    push(tf, t.folded);
    push(te, t.exact);
    if (withZwnjTitle) {
      push(tfj, t.foldedJoin);
      push(tej, t.exactJoin);
    }
  }
  const zwnj = paragraphs.some((p) => p.includes('\u200C'));
  const bf: string[] = [];
  const be: string[] = [];
  const bfj: string[] = [];
  const bej: string[] = [];
  const comparison: string[] = [];
  for (const paragraph of paragraphs) {
    const c: string[] = [];
    for (const token of paragraph.split(' ')) {
      const t = tokenKeys(token);
      push(bf, t.folded);
      push(be, t.exact);
      if (zwnj) {
        push(bfj, t.foldedJoin);
        push(bej, t.exactJoin);
      }
      push(c, t.comparison);
    }
    comparison.push(c.join(' '));
  }
  const both = (plain: string[], joined: string[], has: boolean) => (has ? `${plain.join(' ')} ${joined.join(' ')}` : plain.join(' '));
  return {
    doc: {
      titleFolded: both(tf, tfj, withZwnjTitle),
      titleExact: both(te, tej, withZwnjTitle),
      bodyFolded: both(bf, bfj, zwnj),
      bodyExact: both(be, bej, zwnj),
    },
    bodyHash: createHash('sha256').update(comparison.join('\n')).digest('hex'),
  };
}

/** Throws when the memoised keys differ from the project's own functions for this article. */
export function verify(title: string, paragraphs: readonly string[]): void {
  const { doc: fast, bodyHash: fastHash } = articleKeys(title, paragraphs);
  const real = searchDocument(title, paragraphs);
  for (const key of Object.keys(real) as (keyof typeof real)[]) {
    if (fast[key] !== real[key]) throw new Error(`memoised search key ${key} differs from searchDocument for "${title}"`);
  }
  if (fastHash !== bodyHash(paragraphs)) throw new Error(`memoised body hash differs for "${title}"`);
}
