/**
 * Function words of every language the ingester reads, from the `stopwords-iso` lists. Running
 * text is made of them; menus, labels, tag lists and headline lists mostly are not, in any
 * language, which is what lets the cleaner tell prose from page furniture without per-site rules
 * (the jusText method). One set serves all languages: the scripts barely overlap, and a block is
 * judged by the share of its words found here whatever its language.
 */
import lists from 'stopwords-iso/stopwords-iso.json';
import { foldForMatching } from './text';

const LANGUAGES = ['en', 'vi', 'ar', 'fa', 'ur'] as const;

/** The same folding the cleaner applies to a block's words (letter variants, digits, case). */
export function stopwordKey(word: string): string {
  return foldForMatching(word.normalize('NFC').toLowerCase()).replace(/\u200C/g, '');
}

const STOPWORDS = new Set<string>();
for (const language of LANGUAGES) {
  for (const entry of (lists as Record<string, string[]>)[language] ?? []) {
    // Vietnamese entries of several syllables ("ai nấy") would never match one word.
    if (/\s/u.test(entry) || !/\p{L}/u.test(entry)) continue;
    STOPWORDS.add(stopwordKey(entry));
  }
}

const WORD = /[\p{L}\p{M}\u200C]+/gu;

/**
 * Whether each word seen so far is a function word. Pages repeat the same few thousand words, so
 * folding each one once keeps the classifier cheap; the cap bounds memory on a long batch.
 */
const seenWords = new Map<string, boolean>();
const SEEN_WORDS_CAP = 50_000;

function isStopword(word: string): boolean {
  let hit = seenWords.get(word);
  if (hit === undefined) {
    hit = STOPWORDS.has(stopwordKey(word));
    if (seenWords.size >= SEEN_WORDS_CAP) seenWords.clear();
    seenWords.set(word, hit);
  }
  return hit;
}

/** Share of a text's words that are function words (0 for a text without words). */
export function stopwordShare(text: string): number {
  const words = text.match(WORD);
  if (!words) return 0;
  let hits = 0;
  for (const word of words) if (isStopword(word)) hits++;
  return hits / words.length;
}
