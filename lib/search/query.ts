import { HighlightTerms, type Run } from './highlight';
import { exactKey, foldedKey } from './normalise';

/** One thing to look for: a word, or words that must stand together (a phrase). */
export interface Term {
  folded: string[];
  exact: string[];
}

export interface ParsedQuery {
  /** Every group must match; within a group any term may (OR). */
  groups: Term[][];
  excluded: Term[];
}

// "quoted phrase", -"excluded phrase", -word, OR, word
const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;

function term(text: string): Term | null {
  const folded = foldedKey(text).split(' ').filter(Boolean);
  if (folded.length === 0) return null;
  return { folded, exact: exactKey(text).split(' ').filter(Boolean) };
}

/**
 * Reads what an analyst types: words (all must match), "quoted phrases", -word or -"phrase" to
 * exclude, and OR between two terms. Anything else is read as words; nothing is an error.
 */
export function parseQuery(input: string): ParsedQuery {
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let pendingOr = false;
  for (const match of input.matchAll(TOKEN)) {
    const [, minus, quoted, bare] = match;
    if (bare === 'OR') {
      pendingOr = groups.length > 0;
      continue;
    }
    const negative = minus === '-' || (bare !== undefined && bare.startsWith('-') && bare.length > 1);
    const text = quoted ?? (negative ? bare!.slice(1) : bare!);
    const parsed = term(text);
    if (!parsed) continue;
    if (negative) excluded.push(parsed);
    else if (pendingOr) groups.at(-1)!.push(parsed);
    else groups.push([parsed]);
    pendingOr = false;
  }
  return { groups, excluded };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.groups.length === 0;
}

function tsTerm(words: string[]): string {
  // Keys hold only letters, digits and single spaces, so quoting cannot be broken out of.
  const quoted = words.map((word) => `'${word}'`);
  return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' <-> ')})`;
}

/** A PostgreSQL tsquery (for `to_tsquery('simple', …)`) over the folded or the exact keys. */
export function toTsQuery(query: ParsedQuery, key: 'folded' | 'exact'): string {
  const groups = query.groups.map((group) => {
    const alternatives = group.map((t) => tsTerm(t[key]));
    return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
  });
  const excluded = query.excluded.map((t) => `!${tsTerm(t[key])}`);
  return [...groups, ...excluded].join(' & ');
}

/**
 * Every folded word the reader is looking for, for highlighting, with the runs they were typed in
 * (see HighlightTerms): words typed one after another make one run, a phrase or an OR's
 * alternatives each stand alone. Excluded words are never marked.
 */
export function highlightWords(query: ParsedQuery): HighlightTerms {
  const runs: Run[] = [];
  let loose: string[] = [];
  const close = () => {
    if (loose.length > 0) runs.push({ words: loose, whole: false });
    loose = [];
  };
  for (const group of query.groups) {
    const only = group.length === 1 ? group[0]! : null;
    if (only && only.folded.length === 1) {
      loose.push(only.folded[0]!);
      continue;
    }
    close();
    for (const term of group) runs.push({ words: term.folded, whole: term.folded.length > 1 });
  }
  close();
  return new HighlightTerms(runs);
}
