/**
 * Deterministic synthetic articles for load tests: article `i` of seed `s` is always the same
 * text, whatever the batch size or number of workers. Pure (no database): corpus-worker.ts turns
 * batches into binary COPY rows.
 */
import { COUNTRIES, LANG_WEIGHTS, LEADING_PAIRS, MATERIAL, type CorpusLang } from './vocabulary';

export interface GeneratedArticle {
  index: number;
  id: string;
  rawFileId: string;
  fileName: string;
  title: string;
  language: CorpusLang;
  direction: 'ltr' | 'rtl';
  paragraphs: string[];
  publishedAt: string | null;
  datePrecision: 'day' | 'month' | null;
  dateYear: number | null;
  dateMonth: number | null;
  dateDay: number | null;
  dateText: string | null;
  calendar: string | null;
  source: string;
  author: string | null;
  countriesMentioned: string[];
  pairA: string;
  pairB: string;
  /** True when a known rare word was put in (see RARE_WORDS). */
  rare: string | null;
}

/** mulberry32, seeded per article so any article can be made on its own. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x27d4eb2d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Cumulative Zipf weights over n ranks; pick with a binary search. */
function zipf(n: number, s: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cumulative[i]! /= sum;
  return cumulative;
}

function pickRank(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

// Crockford-like alphabet of lib/articles/ids.ts; ids are a bijection of (seed, index), so unique.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const MASK60 = (1n << 60n) - 1n;
const MULT = 0x5deece66d2b79f5n | 1n;

export function articleId(seed: number, index: number): string {
  let x = ((BigInt(seed) << 40n) + BigInt(index)) & MASK60;
  x = (x * MULT + 0x1234567n) & MASK60;
  x ^= x >> 29n;
  x = (x * MULT) & MASK60;
  let id = '';
  for (let i = 0; i < 12; i++) {
    id += ALPHABET[Number(x & 31n)];
    x >>= 5n;
  }
  return id;
}

// ---- the fixed world: pairs, sources, names, formatters ----

const ALL_PAIRS: string[] = (() => {
  const r = rng(20261122);
  const rest: string[] = [];
  for (let i = 0; i < COUNTRIES.length; i++) {
    for (let j = i + 1; j < COUNTRIES.length; j++) {
      const [a, b] = [COUNTRIES[i]!, COUNTRIES[j]!].sort();
      const key = `${a}-${b}`;
      if (!LEADING_PAIRS.includes(key)) rest.push(key);
    }
  }
  // Favour pairs of frequent countries in the tail too (their index is small).
  const score = (key: string) => COUNTRIES.indexOf(key.slice(0, 2)) + COUNTRIES.indexOf(key.slice(3)) + r() * 40;
  const scored = rest.map((key) => ({ key, s: score(key) })).sort((x, y) => x.s - y.s);
  const leading = LEADING_PAIRS.map((key) => key.split('-').sort().join('-'));
  return [...leading, ...scored.slice(0, 150 - leading.length).map((x) => x.key)];
})();
const PAIR_CDF = zipf(ALL_PAIRS.length, 1.05);
const COUNTRY_CDF = zipf(COUNTRIES.length, 0.9);
const LANG_CDF = (() => {
  const c = new Float64Array(LANG_WEIGHTS.length);
  let sum = 0;
  LANG_WEIGHTS.forEach(([, w], i) => (c[i] = sum += w));
  return c;
})();

export const SOURCES_PER_LANGUAGE = 60;
const SOURCE_CDF = zipf(SOURCES_PER_LANGUAGE, 1.1);
const SOURCES: Record<CorpusLang, string[]> = (() => {
  const out = {} as Record<CorpusLang, string[]>;
  for (const [lang] of LANG_WEIGHTS) {
    const m = MATERIAL[lang];
    const r = rng(hash32(7, lang.length * 31 + lang.charCodeAt(lang.length - 1)));
    const names = new Set<string>();
    while (names.size < SOURCES_PER_LANGUAGE) {
      const name = `${pick(r, m.stems)}${r() < 0.5 ? pick(r, m.stems) : ''}.${pick(r, m.tlds)}`.toUpperCase();
      names.add(name);
    }
    out[lang] = [...names];
  }
  return out;
})();
const TOPIC_CDF: Record<CorpusLang, Float64Array> = Object.fromEntries(
  LANG_WEIGHTS.map(([lang]) => [lang, zipf(MATERIAL[lang].topics.length, 1.2)]),
) as Record<CorpusLang, Float64Array>;

const DISPLAY: Record<CorpusLang, Intl.DisplayNames> = Object.fromEntries(
  LANG_WEIGHTS.map(([lang]) => [lang, new Intl.DisplayNames([lang], { type: 'region' })]),
) as Record<CorpusLang, Intl.DisplayNames>;
const NAME_CACHE = new Map<string, string>();
function countryName(lang: CorpusLang, code: string): string {
  const key = `${lang}:${code}`;
  let name = NAME_CACHE.get(key);
  if (name === undefined) NAME_CACHE.set(key, (name = DISPLAY[lang].of(code) ?? code));
  return name;
}

const FORMAT: Record<CorpusLang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long' }),
  vi: new Intl.DateTimeFormat('vi', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
  ar: new Intl.DateTimeFormat('ar-EG-u-nu-latn', { timeZone: 'UTC', dateStyle: 'long' }),
  'fa-AF': new Intl.DateTimeFormat('fa-AF-u-ca-persian-nu-arabext', { timeZone: 'UTC', dateStyle: 'long' }),
  'fa-IR': new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { timeZone: 'UTC', dateStyle: 'long' }),
};
const PERSIAN_PARTS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** 15 years of articles, a little more recent than old, ending 2025-12-31. */
const FIRST_DAY = Date.UTC(2011, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 11, 31) / 86_400_000;

export interface RareWord {
  script: string;
  word: string;
}

/** The known rare words, by script (fa-AF and fa-IR share theirs). */
export const RARE_WORDS: RareWord[] = [
  ...MATERIAL.en.rare.map((word) => ({ script: 'Latin (en)', word })),
  ...MATERIAL.vi.rare.map((word) => ({ script: 'Latin, Vietnamese (vi)', word })),
  ...MATERIAL.ar.rare.map((word) => ({ script: 'Arabic (ar)', word })),
  ...MATERIAL['fa-IR'].rare.map((word) => ({ script: 'Persian (fa-AF, fa-IR)', word })),
];
/** About one article in this many carries a rare word. */
export const RARE_EVERY = 4000;

type Slot = 'A' | 'B' | 'C' | 'P' | 'T' | 'N' | 'R';
/** A template's space-separated token: fixed text, or text around slots (`text[i]` before `slots[i]`, one more text than slots). */
type TemplateToken = string | { text: string[]; slots: Slot[] };

const SLOT = /\{([ABCPTNR])\}/g;
const compiled = new Map<string, TemplateToken[]>();

/** A template split once into its tokens; fixed tokens are the same string objects every time. */
function compile(template: string): TemplateToken[] {
  let tokens = compiled.get(template);
  if (!tokens) {
    tokens = template.split(' ').map((token): TemplateToken => {
      const pieces = token.split(SLOT);
      if (pieces.length === 1) return token;
      // split with a capturing group alternates text and slot names.
      return { text: pieces.filter((_, i) => i % 2 === 0), slots: pieces.filter((_, i) => i % 2 === 1) as Slot[] };
    });
    compiled.set(template, tokens);
  }
  return tokens;
}

/**
 * Text made of filled templates: tokens joined by single spaces, as the text is. A filled slot's
 * token may hold spaces of its own ("United States"); a fixed token never does.
 */
class Tokens {
  readonly list: string[] = [];
  /** The joined text's length in UTF-16 units, kept as it grows. */
  length = 0;

  push(token: string): void {
    this.length += this.list.length === 0 ? token.length : token.length + 1;
    this.list.push(token);
  }

  text(): string {
    return this.list.join(' ');
  }
}

export function generateArticle(seed: number, index: number): GeneratedArticle {
  const r = rng(hash32(seed, index));
  const language = LANG_WEIGHTS[pickRank(LANG_CDF, r() * LANG_CDF[LANG_CDF.length - 1]!)]![0];
  const m = MATERIAL[language];
  const [pairA, pairB] = ALL_PAIRS[pickRank(PAIR_CDF, r())]!.split('-') as [string, string];
  const others = new Set<string>();
  const otherCount = Math.floor(r() * r() * 4);
  for (let k = 0; k < otherCount + 2; k++) {
    const c = COUNTRIES[pickRank(COUNTRY_CDF, r())]!;
    if (c !== pairA && c !== pairB && others.size < otherCount) others.add(c);
  }
  const otherList = [...others];
  // Which one the headline names first is random; the pair is sorted anyway.
  const [first, second] = r() < 0.5 ? [pairA, pairB] : [pairB, pairA];
  const person = () => `${pick(r, m.firstNames)} ${pick(r, m.lastNames)}`;
  const topic = () => m.topics[pickRank(TOPIC_CDF[language], r())]!;
  let rare: string | null = null;
  const slotValue = (slot: Slot): string => {
    switch (slot) {
      case 'A':
        return countryName(language, first);
      case 'B':
        return countryName(language, second);
      case 'C':
        return countryName(language, otherList.length > 0 ? pick(r, otherList) : first);
      case 'P':
        return person();
      case 'T':
        return topic();
      case 'N':
        return String(2 + Math.floor(r() * r() * 400));
      default:
        return (rare = pick(r, m.rare));
    }
  };
  // Slots are filled left to right, so the random numbers are drawn in the order of the text.
  const fill = (template: string, out: Tokens) => {
    for (const token of compile(template)) {
      if (typeof token === 'string') {
        out.push(token);
        continue;
      }
      let filled = token.text[0]!;
      for (let i = 0; i < token.slots.length; i++) filled += slotValue(token.slots[i]!) + token.text[i + 1]!;
      out.push(filled);
    }
  };

  const titleTokens = new Tokens();
  fill(pick(r, m.titles), titleTokens);
  const targetBytes = 3000 + Math.floor(r() * 3000);
  const paragraphCount = 4 + Math.floor(r() * 9);
  const perParagraph = targetBytes / paragraphCount;
  const paragraphs: string[] = [];
  const rareAt = r() * RARE_EVERY < 1 ? Math.floor(r() * paragraphCount) : -1;
  const bytesPerChar = language === 'en' ? 1 : language === 'vi' ? 1.25 : 1.8;
  for (let p = 0; p < paragraphCount; p++) {
    const text = new Tokens();
    if (p === rareAt) fill(m.rareSentence, text);
    while (text.length * bytesPerChar < perParagraph) fill(pick(r, m.sentences), text);
    paragraphs.push(text.text());
  }

  let publishedAt: string | null = null;
  let datePrecision: GeneratedArticle['datePrecision'] = null;
  let dateYear: number | null = null;
  let dateMonth: number | null = null;
  let dateDay: number | null = null;
  let dateText: string | null = null;
  let calendar: string | null = null;
  if (r() >= 0.1) {
    // sqrt skews towards recent years, as real archives grow.
    const day = FIRST_DAY + Math.floor(Math.sqrt(r()) * (LAST_DAY - FIRST_DAY + 1));
    const date = new Date(day * 86_400_000);
    publishedAt = date.toISOString().slice(0, 10);
    datePrecision = 'day';
    dateText = FORMAT[language].format(date);
    if (language === 'fa-AF' || language === 'fa-IR') {
      calendar = 'persian';
      const parts = PERSIAN_PARTS.formatToParts(date);
      dateYear = Number(parts.find((x) => x.type === 'year')?.value.replace(/\D/g, ''));
      dateMonth = Number(parts.find((x) => x.type === 'month')?.value);
      dateDay = Number(parts.find((x) => x.type === 'day')?.value);
    } else {
      calendar = 'gregory';
      dateYear = date.getUTCFullYear();
      dateMonth = date.getUTCMonth() + 1;
      dateDay = date.getUTCDate();
    }
  }

  const sourceRank = pickRank(SOURCE_CDF, r());
  const source = SOURCES[language][sourceRank]!;
  const author = r() < 0.6 ? person() : null;
  const id = articleId(seed, index);
  return {
    index,
    id,
    rawFileId: `f${id}`,
    fileName: `synthetic-${seed}-${String(index).padStart(7, '0')}-${language}.txt`,
    title: titleTokens.text(),
    language,
    direction: language === 'en' || language === 'vi' ? 'ltr' : 'rtl',
    paragraphs,
    publishedAt,
    datePrecision,
    dateYear,
    dateMonth,
    dateDay,
    dateText,
    calendar,
    source,
    author,
    countriesMentioned: [...new Set([pairA, pairB, ...otherList])].sort(),
    pairA,
    pairB,
    rare,
  };
}

/** The file the article pretends to come from: headline, printed date, paragraphs. */
export function fileText(a: GeneratedArticle): string {
  return [a.title, '', ...(a.dateText ? [a.dateText, ''] : []), ...a.paragraphs.flatMap((p) => [p, '']), a.source].join('\n');
}
