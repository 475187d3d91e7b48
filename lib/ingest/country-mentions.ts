/**
 * Finds the countries a text names, and judges which two an article is about.
 * One combined regex (a capture group per country and script) scans the text once.
 */
import { COUNTRIES } from './countries';
import { foldForMatching } from './text';

/** Not inside a word, in any script (JavaScript's \b only knows ASCII letters). */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{Nd}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{Nd}])';
/** Arabic clitics before a name: و ف, then ب ک ل, or the article ال (لل after ل). */
const ARABIC_CLITICS = '(?:[وف]?(?:[بک]?ال|لل|[بکل])?)';
/** Adjective, plural and oblique endings in Arabic, Persian and Urdu (after folding). */
const ARABIC_SCRIPT_ENDINGS = '(?:یین|یون|یوں|یان|یتین|یتان|یها|ها|یه|یی|ی|ین|ون|وں)?';

const byLengthDesc = (a: string, b: string) => b.length - a.length;

const groupCodes: string[] = [];
const latinGroups: string[] = [];
const arabicGroups: string[] = [];
for (const c of COUNTRIES) {
  if (c.latin.length) {
    latinGroups.push(`(${[...c.latin].sort(byLengthDesc).join('|')})`);
    groupCodes.push(c.code);
  }
}
for (const c of COUNTRIES) {
  if (c.arabicScript.length) {
    const forms = [...new Set(c.arabicScript.map(foldForMatching))].sort(byLengthDesc);
    arabicGroups.push(`(${forms.join('|')})`);
    groupCodes.push(c.code);
  }
}
const COUNTRY_RE = new RegExp(
  `${WORD_START}(?:${latinGroups.join('|')}|${ARABIC_CLITICS}(?:${arabicGroups.join('|')})${ARABIC_SCRIPT_ENDINGS})${WORD_END}`,
  'gu',
);

export interface CountryCount {
  code: string;
  count: number;
  /** Index of the first mention in the scanned text, for tie-breaks by order. */
  first: number;
}

/** Countries named in `text`, in order of first mention. */
export function countCountries(text: string): CountryCount[] {
  const found = new Map<string, CountryCount>();
  for (const m of foldForMatching(text).matchAll(COUNTRY_RE)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const code = groupCodes[group - 1];
    if (!code) continue;
    const entry = found.get(code);
    if (entry) entry.count++;
    else found.set(code, { code, count: 1, first: m.index });
  }
  return [...found.values()];
}

/**
 * The two countries the article is about, sorted. The headline decides first (a headline that
 * names two countries names the pair); body weight breaks ties, finds the partner of a single
 * headline country, or, with no country in the headline, needs two clearly leading countries.
 */
export function judgeCountryPair(title: readonly CountryCount[], body: readonly CountryCount[]): [string, string] | null {
  const weight = (code: string) => body.find((c) => c.code === code)?.count ?? 0;
  const byWeight = (a: CountryCount, b: CountryCount) => weight(b.code) - weight(a.code) || a.first - b.first;
  let pair: string[] = [];
  if (title.length >= 2) {
    pair = [...title].sort(byWeight).slice(0, 2).map((c) => c.code);
  } else if (title.length === 1) {
    const anchor = title[0]?.code ?? '';
    const partner = body.filter((c) => c.code !== anchor).sort(byWeight)[0];
    if (partner && partner.count >= 2) pair = [anchor, partner.code];
  } else {
    const [first, second, third] = [...body].sort(byWeight);
    if (first && second && first.count >= 3 && second.count >= 2 && second.count > (third?.count ?? 0)) {
      pair = [first.code, second.code];
    }
  }
  const [a, b] = pair.sort();
  return a && b ? [a, b] : null;
}

export interface CountryReading {
  /** Every country the body (and headline) names, ISO 3166-1 alpha-2, sorted. */
  mentioned: string[];
  /** The two countries the article is about, sorted, or null when two do not clearly stand out. */
  pair: [string, string] | null;
  /** 0 to 1: how clearly the pair stands out (1 when the headline names both). */
  confidence: number;
}

/** Countries named by an article and the pair it is about, from its headline and body paragraphs. */
export function readCountries(title: string, paragraphs: readonly string[]): CountryReading {
  const titleCountries = countCountries(title);
  const bodyCountries = countCountries(paragraphs.join('\n'));
  const mentioned = [...new Set([...titleCountries, ...bodyCountries].map((c) => c.code))].sort();
  const pair = judgeCountryPair(titleCountries, bodyCountries);
  const confidence = pair === null ? 0 : titleCountries.length >= 2 ? 1 : titleCountries.length === 1 ? 0.8 : 0.6;
  return { mentioned, pair, confidence };
}
