/**
 * Finds the countries an article names (see gazetteer.ts) and judges which two it is about.
 * The pair comes from salience: the headline weighs most, then the lead paragraph, then the
 * rest of the body; it is null when two countries do not clearly stand out, because a wrong
 * pair is worse than none.
 */
import { findCandidates, findCapitals, joinsAsList, resolveMentions } from './gazetteer';

export interface CountryCount {
  code: string;
  count: number;
  /** Index of the first mention in the normalised text, for tie-breaks by order. */
  first: number;
}

function tally(mentions: readonly { code: string; index: number }[]): CountryCount[] {
  const found = new Map<string, CountryCount>();
  for (const m of mentions) {
    const entry = found.get(m.code);
    if (entry) entry.count++;
    else found.set(m.code, { code: m.code, count: 1, first: m.index });
  }
  return [...found.values()];
}

/** Countries named in `text`, in order of first mention. */
export function countCountries(text: string): CountryCount[] {
  const [mentions = []] = resolveMentions([findCandidates(text)]);
  return tally(mentions);
}

/** Weight of one mention by where it stands. */
const WEIGHT = { headline: 4, headlineCapital: 3, lead: 2, body: 1 };
/** A partner (or, without a headline country, the second country) needs this much body weight… */
const MIN_PARTNER = 2.5;
/** …and this much more than the next country. */
const MIN_MARGIN = 1.5;
const MIN_LEADER_WITHOUT_HEADLINE = 3;

export interface Salience {
  code: string;
  /** Weight from the body: lead paragraph mentions count double. */
  body: number;
  /** In the headline by name (2), by its capital only (1), or not (0). */
  headline: 0 | 1 | 2;
  first: number;
}

const total = (s: Salience) => s.body + (s.headline === 2 ? WEIGHT.headline : s.headline === 1 ? WEIGHT.headlineCapital : 0);

/**
 * The two countries the article is about, sorted, with how clearly they stand out. With two
 * headline countries (by name or capital), the two of them that the body names most; with one,
 * its clear partner in the body; with none, two clearly leading body countries.
 */
export function judgePair(
  saliences: readonly Salience[],
  coordinated: readonly [string, string] | null = null,
): { pair: [string, string] | null; confidence: number } {
  const byTotal = [...saliences].sort((a, b) => total(b) - total(a) || a.first - b.first);
  const inHeadline = byTotal.filter((s) => s.headline > 0);
  // A headline that names more than two countries says which two act together: the two it joins
  // as subjects ("Poland and Lithuania … from Belarus"), whatever the body's counts.
  if (coordinated && inHeadline.length > 2) {
    const [x, y] = [...coordinated].sort();
    return { pair: [x!, y!], confidence: 0.8 };
  }
  const byBody = (list: readonly Salience[]) => [...list].sort((a, b) => b.body - a.body || b.headline - a.headline || a.first - b.first);
  let pair: Salience[] = [];
  let confidence = 0;
  if (inHeadline.length >= 2) {
    const ranked = byBody(inHeadline);
    pair = ranked.slice(0, 2);
    const [a, b] = pair as [Salience, Salience];
    const third = ranked[2];
    const bodyTop = byBody(saliences)
      .slice(0, 2)
      .map((s) => s.code);
    const bodyAgrees = a.body > 0 && b.body > 0 && bodyTop.includes(a.code) && bodyTop.includes(b.code);
    const byName = a.headline === 2 && b.headline === 2;
    confidence = bodyAgrees ? (byName ? 1 : 0.9) : 0.7;
    if (third && third.body >= b.body) confidence = Math.min(confidence, 0.5);
  } else {
    const anchor = inHeadline[0];
    const others = byBody(saliences.filter((s) => s !== anchor));
    const [first, second, third] = others;
    const margin = (x: Salience | undefined, y: Salience | undefined) => (x?.body ?? 0) - (y?.body ?? 0) * MIN_MARGIN;
    if (anchor && first && first.body >= MIN_PARTNER && margin(first, second) >= 0) {
      pair = [anchor, first];
      confidence = Math.min(0.85, 0.5 + 0.1 * (first.body - (second?.body ?? 0)));
    } else if (
      !anchor &&
      first &&
      second &&
      first.body >= MIN_LEADER_WITHOUT_HEADLINE &&
      second.body >= MIN_PARTNER &&
      margin(second, third) >= 0
    ) {
      pair = [first, second];
      confidence = Math.min(0.7, 0.3 + 0.1 * (second.body - (third?.body ?? 0)));
    }
  }
  const [x, y] = pair.map((s) => s.code).sort();
  return x && y ? { pair: [x, y], confidence: Math.round(confidence * 100) / 100 } : { pair: null, confidence: 0 };
}

export interface CountryReading {
  /** Every country the body (and headline) names, ISO 3166-1 alpha-2, sorted. */
  mentioned: string[];
  /** The two countries the article is about, sorted, or null when two do not clearly stand out. */
  pair: [string, string] | null;
  /** 0 to 1: how clearly the pair stands out (1 when the headline names both and the body agrees). */
  confidence: number;
}

/**
 * The two countries a headline joins as a list ("Poland and Lithuania …", "مصر وليبيا …"), when
 * exactly two are joined; a list of three ("Iran, Iraq and Syria") singles out no pair.
 */
function coordinatedPair(mentions: readonly { code: string; index: number; end: number }[], text: string): [string, string] | null {
  const runs: string[][] = [];
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    const joined = previous !== undefined && joinsAsList(text.slice(previous.end, m.index));
    if (joined) runs.at(-1)!.push(m.code);
    else runs.push([m.code]);
  });
  const pairs = runs.map((r) => [...new Set(r)]).filter((r) => r.length === 2);
  const lists = runs.filter((r) => new Set(r).size > 2);
  return pairs.length === 1 && lists.length === 0 ? [pairs[0]![0]!, pairs[0]![1]!] : null;
}

/** Countries named by an article and the pair it is about, from its headline and body paragraphs. */
export function readCountries(title: string, paragraphs: readonly string[], language?: string): CountryReading {
  const base = language?.split('-')[0];
  const units = [title, ...paragraphs].map((text) => findCandidates(text, base));
  const [titleMentions = [], ...bodyMentions] = resolveMentions(units);
  const saliences = new Map<string, Salience>();
  const salienceOf = (code: string, first: number) => {
    let s = saliences.get(code);
    if (!s) {
      s = { code, body: 0, headline: 0, first };
      saliences.set(code, s);
    }
    return s;
  };
  let offset = 0;
  for (const m of titleMentions) salienceOf(m.code, m.index).headline = 2;
  const titleText = units[0]?.text ?? '';
  const coordinated = coordinatedPair(titleMentions, titleText);
  for (const code of findCapitals(title)) {
    const s = salienceOf(code, 0);
    if (s.headline === 0) s.headline = 1;
  }
  bodyMentions.forEach((mentions, i) => {
    offset += (units[i]?.text.length ?? 0) + 1;
    for (const m of mentions) salienceOf(m.code, offset + m.index).body += i === 0 ? WEIGHT.lead : WEIGHT.body;
  });
  const mentioned = [...new Set([...titleMentions, ...bodyMentions.flat()].map((m) => m.code))].sort();
  return { mentioned, ...judgePair([...saliences.values()], coordinated) };
}
