/**
 * Language of an article from its script and distinctive letters and words:
 * vi, en (Latin script); ar, fa-AF (Dari), fa-IR, fa (Persian, variety unclear), ur, ps
 * (Arabic script); `und` when the text is too short or matches none of them.
 */
import lists from 'stopwords-iso/stopwords-iso.json';
import { DARI_EVIDENCE, IRANIAN_EVIDENCE, type VarietyEvidence } from './data/persian-varieties';
import { escapeRegExp } from './text';
import type { Direction } from './types';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'he', 'ckb', 'sd', 'ug', 'yi', 'dv']);

export function directionOf(language: string, text = ''): Direction {
  const base = language.split('-')[0] ?? '';
  if (RTL_LANGUAGES.has(base)) return 'rtl';
  if (language === 'und') {
    const { arabic, latin } = scriptCounts(text);
    return arabic > latin ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function scriptCounts(text: string): { latin: number; arabic: number } {
  return { latin: count(text, /\p{Script=Latin}/gu), arabic: count(text, /\p{Script=Arabic}/gu) };
}

/** Letters only Vietnamese uses among Latin-script languages (hooks, dots below, ơ ư ă đ). */
const VIETNAMESE_LETTERS = /[ảạăằắẳẵặầấẩẫậđẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵ]/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|to|in|is|that|for|on|with|was|said|by|from|has|have|are|were)(?![\p{L}])/giu;
/** Urdu letters (ٹ ڈ ڑ ں ے ھ ہ) and Pashto letters (ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1]/gu;
const PASHTO_LETTERS = /[\u067C\u0689\u0693\u069A\u0696\u0681\u0685\u06BC\u06D0\u06CD]/gu;
/** Persian letters vs Arabic ones: Persian writes ی ک and has پ چ ژ گ; Arabic writes ي ك ة. */
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/gu;
const ARABIC_LETTERS = /[\u064A\u0643\u0629\u0649]/gu;

const DAY_NUMBER = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]{1,2}\\s*';

/** Plural and adjective endings a vocabulary word may carry, with or without a ZWNJ. */
const PERSIAN_ENDING = '(?:\\u200C?(?:هایی|های|ها|ان|ی|ای))?';

/** One regex per kind of evidence; a word printed with a space may also be printed with a ZWNJ or joined. */
function evidenceRegex(e: VarietyEvidence): RegExp {
  const words = [...e.words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/[ \u200C]/gu, '[ \\u200C]?'));
  const body = e.afterDayNumber ? `${DAY_NUMBER}(?:${words.join('|')})` : `(?:${words.join('|')})${PERSIAN_ENDING}`;
  return new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, 'gu');
}
const compile = (list: readonly VarietyEvidence[]) => list.map((e) => ({ weight: e.weight, re: evidenceRegex(e) }));
const DARI = compile(DARI_EVIDENCE);
const IRANIAN = compile(IRANIAN_EVIDENCE);

function score(text: string, evidence: readonly { weight: number; re: RegExp }[]): number {
  return evidence.reduce((sum, e) => sum + e.weight * count(text, e.re), 0);
}

/** Below this weighted margin, or this share of all the evidence, the variety is not told. */
const MIN_VARIETY_MARGIN = 2;
const MIN_VARIETY_SHARE = 0.25;

/** Dari, Iranian Persian, or plain Persian when the evidence is absent or balanced. */
function persianVariety(text: string): LanguageReading {
  const dari = score(text, DARI);
  const iranian = score(text, IRANIAN);
  const margin = Math.abs(dari - iranian);
  const all = dari + iranian;
  if (margin < MIN_VARIETY_MARGIN || margin / all < MIN_VARIETY_SHARE) {
    return { language: 'fa', confidence: all === 0 ? 0.4 : 0.5 };
  }
  return { language: dari > iranian ? 'fa-AF' : 'fa-IR', confidence: round(0.6 + (0.35 * margin) / (all + 3)) };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Function words of each language, for how clearly a text reads as the language its letters say. */
const STOPWORDS: Record<string, Set<string>> = {};
for (const language of ['en', 'vi', 'ar', 'fa', 'ur']) {
  STOPWORDS[language] = new Set(((lists as Record<string, string[]>)[language] ?? []).filter((w) => !/\s/u.test(w)));
}

/** Share of the words of `text` that are function words of `language`. */
function stopwordShareOf(words: readonly string[], language: string): number {
  const set = STOPWORDS[language];
  if (!set || words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (set.has(w)) hits++;
  return hits / words.length;
}

/**
 * Confidence from the function words: high when the text's words are mostly function words of
 * the language chosen and clearly fewer are those of its nearest neighbours.
 */
function stopwordConfidence(sample: string, language: string, rivals: readonly string[]): number {
  const words = (sample.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, 2000);
  const own = stopwordShareOf(words, language);
  const rival = Math.max(0, ...rivals.map((r) => stopwordShareOf(words, r)));
  if (own === 0) return 0.5;
  return round(Math.min(0.95, 0.6 + 0.35 * Math.max(0, (own - rival) / own)));
}

function readLanguage(text: string, page?: string): LanguageReading {
  const sample = text.length > 12000 ? text.slice(0, 12000) : text;
  const { latin, arabic } = scriptCounts(sample);
  if (Math.max(latin, arabic) < 20) return { language: 'und', confidence: 0 };

  if (arabic > latin) {
    if (count(sample, PASHTO_LETTERS) / arabic > 0.01) return { language: 'ps', confidence: 0.8 };
    if (count(sample, URDU_LETTERS) / arabic > 0.015) return { language: 'ur', confidence: stopwordConfidence(sample, 'ur', ['fa', 'ar']) };
    const persian = count(sample, PERSIAN_LETTERS);
    const arabicOnly = count(sample, ARABIC_LETTERS);
    if (arabicOnly >= persian) return { language: 'ar', confidence: stopwordConfidence(sample, 'ar', ['fa', 'ur']) };
    // The whole page tells the variety best: its clock, date lines and menus print the month
    // names and administrative words of the country the site writes from.
    const variety = persianVariety(page && page.length <= 60000 ? page : sample);
    const asPersian = stopwordConfidence(sample, 'fa', ['ar', 'ur']);
    return { language: variety.language, confidence: round(Math.min(variety.confidence, asPersian)) };
  }
  if (count(sample, VIETNAMESE_LETTERS) / latin > 0.02) return { language: 'vi', confidence: stopwordConfidence(sample, 'vi', ['en']) };
  const wordCount = count(sample, /\p{L}+/gu);
  if (wordCount > 0 && count(sample, ENGLISH_WORDS) / wordCount > 0.06) {
    return { language: 'en', confidence: stopwordConfidence(sample, 'en', ['vi']) };
  }
  return { language: 'und', confidence: 0 };
}

export function detectLanguage(text: string): string {
  return readLanguage(text).language;
}

export interface LanguageReading {
  language: string;
  /** 0 to 1: how clearly the evidence points to this language. */
  confidence: number;
}

/**
 * The language of an article (`text`: its headline and body) and how sure that is: the script and
 * its distinctive letters decide the language; Dari and Iranian Persian are told apart by weighted
 * evidence (month names, spellings, vocabulary) over the whole `page` when given, and left as plain
 * `fa` when it is absent or balanced.
 */
export function identifyLanguage(text: string, page?: string): LanguageReading {
  return readLanguage(text, page);
}
