/**
 * The country gazetteer: every ISO 3166-1 country's CLDR name in each supported language
 * (Intl.DisplayNames), plus the curated short forms, abbreviations and demonyms in
 * data/country-aliases, compiled into one trie-shaped regex that scans a text once.
 *
 * Matching is at script-aware word boundaries (JavaScript's \b knows only ASCII letters).
 * Latin forms are case-sensitive ("US" is not "us"). Arabic-script forms and text are folded
 * alike (harakat dropped, أ/إ/آ -> ا, ي -> ی, ك -> ک, ة/ہ -> ه), and a name may carry Arabic
 * clitics before it (و ف ب ک ل ال لل) and adjective or plural endings after it (ی یه یین ها…),
 * so "والباکستانیین" is Pakistan. Context rules keep out geographic features (Indian Ocean),
 * provinces (آذربایجان غربی), look-alikes (اليمنى "right") and words that are only sometimes
 * a country (Persian مالی "financial", Urdu شام "evening").
 */
import { CAPITALS } from './data/capitals';
import { AR } from './data/country-aliases/ar';
import { EN } from './data/country-aliases/en';
import { FA } from './data/country-aliases/fa';
import { PS } from './data/country-aliases/ps';
import type { CountryAliasTable, FormRule } from './data/country-aliases/types';
import { UR } from './data/country-aliases/ur';
import { VI } from './data/country-aliases/vi';
import { ISO_COUNTRY_CODES } from './data/country-codes';
import { COUNTRY_NOUNS, FEATURE_AFTER, FEATURE_BEFORE, LIST_JOINERS, LOOK_ALIKES } from './data/geo-features';
import { escapeRegExp, foldForMatching } from './text';

const TABLES: readonly (readonly [string, CountryAliasTable])[] = [
  ['en', EN],
  ['vi', VI],
  ['ar', AR],
  ['fa', FA],
  ['ur', UR],
  ['ps', PS],
];
/** The word for "and" that replaces "&" in CLDR names ("Bosnia & Herzegovina"). */
const AND: Readonly<Record<string, string>> = { en: 'and', vi: 'và', ar: 'و', fa: 'و', ur: 'اور', ps: 'او' };

// --- Text normalisation -------------------------------------------------------------------

const INVISIBLE = /[\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g;
/** Harakat, Quranic marks and tatweel, but not the shadda, which tells عمّان (Amman) apart. */
const MARKS_BUT_SHADDA = /[\u0610-\u061A\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const SPACES = /[ \t\u00A0\u2000-\u200A\u202F\u3000]+/g;

function normalizeBase(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(MARKS_BUT_SHADDA, '').replace(SPACES, ' ');
}

function finalFold(text: string): string {
  return foldForMatching(text.replace(/\u0651/g, '')).replace(/[ہۃۂ]/g, 'ه');
}

const NOT_LETTER = '[^\\p{L}\\p{M}\\p{Nd}]';
const WORD_START = '(?<![\\p{L}\\p{M}\\p{Nd}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{Nd}])';
const ARABIC_CLITICS = '[وف]?(?:[بک]?ال|لل|[بکل])?';
/** Adjective, plural and oblique endings in Arabic, Persian and Urdu (after folding). */
const ARABIC_ENDINGS = 'یین|یون|یوں|یان|یتین|یتان|یهای|یها|های|ها|یه|یی|ای|ی|ین|ون|وں';
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function alternation(forms: readonly string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

const LOOK_ALIKE_RE = new RegExp(`${WORD_START}[وفبل]?(?:${alternation(LOOK_ALIKES.map(normalizeBase))})${WORD_END}`, 'gu');

/** Text as the gazetteer matches it (indices refer to this text, not the original). */
export function matchingText(text: string): string {
  return finalFold(normalizeBase(text).replace(LOOK_ALIKE_RE, (m) => '_'.repeat(m.length)));
}

function formOf(text: string): string {
  return finalFold(normalizeBase(text))
    .replace(/\u200C/g, ' ')
    .trim();
}

// --- The table of forms ---------------------------------------------------------------------

interface Entry extends Omit<FormRule, 'form'> {
  code: string;
  /** From an alias table, not only from CLDR: its rules win over a CLDR name spelt the same. */
  curated: boolean;
  /** An Arabic CLDR name printed with the article (الهند): without it, "هند" is a given name. */
  needsArticle: boolean;
}

const restrictions = (e: Entry) => Number(e.needsArticle) + Number(Boolean(e.stem));

/** Key of a form: Arabic-script forms match with a space, a ZWNJ or nothing between words. */
const keyOf = (form: string, arabic: boolean) => (arabic ? form.replace(/ /g, '') : form);

interface Table {
  latin: Map<string, Entry>;
  arabic: Map<string, Entry>;
  /** Every form as written (Arabic-script ones with their spaces), for the regex. */
  forms: { latin: Set<string>; arabic: Set<string> };
}

function buildTable(): Table {
  const latin = new Map<string, Entry>();
  const arabic = new Map<string, Entry>();
  const conflicts = new Set<string>();
  const forms = { latin: new Set<string>(), arabic: new Set<string>() };

  const add = (raw: string, code: string, rule: Omit<FormRule, 'form'>, curated: boolean, needsArticle = false) => {
    const form = formOf(raw);
    if (!form) return;
    const isArabic = ARABIC_LETTER.test(form);
    if (isArabic && LATIN_LETTER.test(form)) return;
    const table = isArabic ? arabic : latin;
    (isArabic ? forms.arabic : forms.latin).add(form);
    const key = keyOf(form, isArabic);
    const entry: Entry = { ...rule, code, curated, needsArticle };
    const old = table.get(key);
    if (!old) {
      table.set(key, entry);
    } else if (old.code !== code) {
      // A spelling CLDR gives two countries is left out, unless a curated alias settles it.
      if (curated && !old.curated) table.set(key, entry);
      else if (!curated && !old.curated) conflicts.add(`${isArabic ? 'a' : 'l'}:${key}`);
    } else if ((curated && !old.curated) || (curated === old.curated && restrictions(entry) < restrictions(old))) {
      table.set(key, entry);
    }
  };

  for (const [language, table] of TABLES) {
    const skip = new Set((table.skipCldr ?? []).map(formOf));
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    for (const code of ISO_COUNTRY_CODES) {
      const name = names?.of(code);
      if (!name || name === code) continue;
      for (const variant of cldrVariants(name, AND[language] ?? 'and')) {
        if (skip.has(formOf(variant))) continue;
        addArabicAware(add, language, variant, code, {}, false);
      }
    }
    for (const [code, entries] of Object.entries(table.aliases)) {
      for (const entry of entries) {
        const { form, ...rule } = typeof entry === 'string' ? { form: entry } : entry;
        addArabicAware(add, language, form, code, rule, true);
      }
    }
  }
  for (const c of conflicts) {
    const [script, key] = [c.slice(0, 1), c.slice(2)];
    const table = script === 'a' ? arabic : latin;
    if (!table.get(key)?.curated) table.delete(key);
  }
  return { latin, arabic, forms };
}

type Add = (raw: string, code: string, rule: Omit<FormRule, 'form'>, curated: boolean, needsArticle?: boolean) => void;

/**
 * Arabic names carry the article (الهند): it becomes a clitic the matcher allows, so
 * "بالهند" and "للهند" match too. A one-word Arabic name in -يا (سوريا, كينيا) also gives the
 * stem of its adjective (سوري, الكينية).
 */
function addArabicAware(add: Add, language: string, raw: string, code: string, rule: Omit<FormRule, 'form'>, curated: boolean) {
  const form = formOf(raw);
  if (language !== 'ar' || !ARABIC_LETTER.test(form)) {
    add(raw, code, rule, curated);
    return;
  }
  // Only a written ال is the article: ألبانيا and ألمانيا fold to ال… too.
  const bare = normalizeBase(raw).startsWith('ال') && form.length > 4 ? form.slice(2) : form;
  add(bare, code, rule, curated, bare !== form);
  if (!curated && !bare.includes(' ') && bare.endsWith('یا') && bare.length >= 5) {
    add(bare.slice(0, -2), code, { stem: true }, false);
  }
}

/** The forms a CLDR name gives: "Myanmar (Burma)" -> Myanmar, Burma; "A & B" -> "A and B". */
function cldrVariants(name: string, and: string): string[] {
  if (/ - |\bSAR\b/u.test(name)) return [];
  const head = name.split(/[,،]/u)[0]?.trim() ?? '';
  const out: string[] = [];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/u.exec(head);
  if (paren) out.push(paren[1] ?? '', paren[2] ?? '');
  else out.push(head.replace(/\s*\([^)]*\)/gu, ''));
  for (const form of [...out]) if (form.includes('&')) out.push(form.replace(/\s*&\s*/u, ` ${and} `));
  return out.filter((f) => f.length > 1 && !f.includes('&'));
}

const TABLE = buildTable();

// --- The regexes ------------------------------------------------------------------------------

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex source for many literals, shaped as a trie so the engine never retries a shared
 * prefix; longer continuations are tried before stopping, so the longest form wins.
 */
function trieSource(forms: Iterable<string>, piece: (ch: string) => string): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const form of forms) {
    let node = root;
    for (const ch of form) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => piece(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const latinPiece = (ch: string) => escapeRegExp(ch);
const arabicPiece = (ch: string) => (ch === ' ' ? '[ \\u200C]?' : escapeRegExp(ch));

function liveForms(table: Map<string, Entry>, forms: Set<string>, arabic: boolean): string[] {
  return [...forms].filter((f) => table.has(keyOf(f, arabic)));
}

const COUNTRY_RE = new RegExp(
  `${WORD_START}(?:(${trieSource(liveForms(TABLE.latin, TABLE.forms.latin, false), latinPiece)})` +
    `|(${ARABIC_CLITICS})(${trieSource(liveForms(TABLE.arabic, TABLE.forms.arabic, true), arabicPiece)})(${ARABIC_ENDINGS})?)${WORD_END}`,
  'gu',
);

const FEATURE_BEFORE_RE = new RegExp(`(?:^|${NOT_LETTER})(?:${ARABIC_CLITICS})(?:${alternation(FEATURE_BEFORE.map(formOf))}) $`, 'u');
const FEATURE_AFTER_RE = new RegExp(`^ (?:${alternation(FEATURE_AFTER.map(formOf))})${WORD_END}`, 'u');
const COUNTRY_NOUN_RE = new RegExp(`(?:^|${NOT_LETTER})(?:${ARABIC_CLITICS})(?:${alternation(COUNTRY_NOUNS.map(formOf))}) $`, 'u');
const LIST_GAP_RE = new RegExp(`^[\\s,،;؛/&\\-–—]*(?:(?:${alternation(LIST_JOINERS.map(formOf))})[\\s,،]*)?$`, 'u');

/** Whether the text between two mentions only joins them as a list ("Poland and Lithuania", "مصر وليبيا"). */
export function joinsAsList(between: string): boolean {
  return LIST_GAP_RE.test(between);
}
/** A Vietnamese name's previous syllable is capitalised ("Thúy Nga") or a form of address ("ông Anh"). */
const VN_IN_NAME_RE = /(?:^|[^\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}]*|ông|bà|anh|chị|em|cô|chú|bác|cụ|thầy|cháu|bạn|nàng|chàng) $/u;
const VN_AFTER_WORD_RE = /(?:\p{Ll}|[,;]) $/u;
const CAPITALISED_NEXT_RE = /^ \p{Lu}/u;

const ruleCache = new Map<readonly string[], RegExp>();
function wordsBefore(words: readonly string[]): RegExp {
  let re = ruleCache.get(words);
  if (!re) {
    re = new RegExp(`(?:^|${NOT_LETTER})(?:${alternation(words.map(formOf))}) $`, 'u');
    ruleCache.set(words, re);
  }
  return re;
}
const afterCache = new Map<readonly string[], RegExp>();
function wordsAfter(words: readonly string[]): RegExp {
  let re = afterCache.get(words);
  if (!re) {
    re = new RegExp(`^ ?(?:${alternation(words.map(formOf))})(?![\\p{L}\\p{M}])`, 'u');
    afterCache.set(words, re);
  }
  return re;
}

// --- Matching -------------------------------------------------------------------------------

export interface Candidate {
  code: string;
  /** Start and end in the unit's matching text. */
  index: number;
  end: number;
  weak: boolean;
  cityOf: string | null;
  /** A weak form after a word meaning "country". */
  afterCountryNoun: boolean;
  /** At the start of a line and followed by dateline punctuation ("عمان 3 آذار (بترا) -"). */
  dateline: boolean;
}

function rejectedByRule(entry: Entry, before: string, after: string): boolean {
  if (entry.notBefore && wordsBefore(entry.notBefore).test(before)) return true;
  if (entry.notAfter && wordsAfter(entry.notAfter).test(after)) return true;
  if (entry.vietnamese && VN_IN_NAME_RE.test(before)) return true;
  if (entry.vietnamese === 'ambiguous' && !VN_AFTER_WORD_RE.test(before)) return true;
  if (entry.givenName && CAPITALISED_NEXT_RE.test(after)) return true;
  return false;
}

const lookUpArabic = (form: string) => TABLE.arabic.get(keyOf(form.replace(/\u200C/g, ' '), true));
/**
 * Whether a clitic + form + ending split is the entry's country. A name that Arabic writes with
 * its article (المغرب) is that country without the article only as an Arabic adjective
 * (المغربية, مغربي), and only in Arabic text: in Persian and Urdu مغربی means "western".
 */
const arabicFits = (e: Entry | undefined, clitic: string, ending: string, language: string | undefined) => {
  if (e === undefined || (e.stem && !ending)) return false;
  if (!e.needsArticle || /ال|لل/u.test(clitic)) return true;
  return ending !== '' && (language === undefined || language === 'ar');
};

/**
 * The entry for a clitic + form + ending split; the regex may have split off as a clitic
 * letters that belong to the name (آلمان -> ال + مان), so the whole word is tried as well.
 */
function arabicEntry(clitic: string, form: string, ending: string, language: string | undefined): Entry | undefined {
  const direct = lookUpArabic(form);
  if (arabicFits(direct, clitic, ending, language)) return direct;
  for (let i = 1; i <= clitic.length; i++) {
    const longer = lookUpArabic(clitic.slice(clitic.length - i) + form);
    if (arabicFits(longer, clitic.slice(0, clitic.length - i), ending, language)) return longer;
  }
  const whole = lookUpArabic(clitic + form + ending);
  return arabicFits(whole, '', '', language) ? whole : undefined;
}

/**
 * Every country form in `text` that survives the word-level rules, in order. `language` (the
 * article's, when known) decides the forms whose meaning depends on it.
 */
export function findCandidates(text: string, language?: string): { text: string; candidates: Candidate[] } {
  const t = matchingText(text);
  const candidates: Candidate[] = [];
  for (const m of t.matchAll(COUNTRY_RE)) {
    const [whole, latin, clitic = '', arabicForm = '', ending = ''] = m;
    const entry = latin !== undefined ? TABLE.latin.get(latin) : arabicEntry(clitic, arabicForm, ending, language);
    if (!entry) continue;
    const start = m.index;
    const end = start + whole.length;
    const before = t.slice(Math.max(0, start - 48), start);
    const after = t.slice(end, end + 48);
    if (rejectedByRule(entry, before, after)) continue;
    if (FEATURE_BEFORE_RE.test(before) || FEATURE_AFTER_RE.test(after)) continue;
    const lineStart = t.slice(t.lastIndexOf('\n', start - 1) + 1, start).trim() === '';
    candidates.push({
      code: entry.code,
      index: start,
      end,
      weak: Boolean(entry.weak),
      cityOf: entry.cityOf ?? null,
      afterCountryNoun: COUNTRY_NOUN_RE.test(before),
      dateline: lineStart && /^[^\n]{0,40}?[-–—(:]/u.test(after),
    });
  }
  return { text: t, candidates };
}

/**
 * The mentions of a document (its units: headline, paragraphs) once document-level rules are
 * applied: a form spelt like another country's capital is that city in a dateline or when the
 * document names that country; a weak form counts only beside a country in a list or after a
 * word meaning "country".
 */
export function resolveMentions(units: readonly { text: string; candidates: readonly Candidate[] }[]): Candidate[][] {
  const strongCodes = new Set<string>();
  for (const u of units) for (const c of u.candidates) if (!c.weak && !c.cityOf) strongCodes.add(c.code);
  const kept = units.map((u) =>
    u.candidates.map((c) => {
      if (c.cityOf) return !c.dateline && !strongCodes.has(c.cityOf);
      return !c.weak || c.afterCountryNoun;
    }),
  );
  // Weak forms next to a kept mention in a list; twice, so "مالي وبوركينا فاسو والنيجر" chains.
  for (let pass = 0; pass < 2; pass++) {
    units.forEach((u, i) => {
      const flags = kept[i] ?? [];
      u.candidates.forEach((c, j) => {
        if (flags[j] || !c.weak) return;
        const prev = u.candidates[j - 1];
        const next = u.candidates[j + 1];
        const joined = (a: Candidate, b: Candidate) => LIST_GAP_RE.test(u.text.slice(a.end, b.index));
        if ((prev && flags[j - 1] && joined(prev, c)) || (next && flags[j + 1] && joined(c, next))) flags[j] = true;
      });
    });
  }
  return units.map((u, i) => u.candidates.filter((_, j) => kept[i]?.[j]));
}

// --- Capitals -------------------------------------------------------------------------------

const CAPITAL_TABLE = new Map<string, string>();
const CAPITAL_FORMS = { latin: [] as string[], arabic: [] as string[] };
for (const [code, forms] of Object.entries(CAPITALS)) {
  for (const raw of forms) {
    const form = formOf(raw);
    const arabic = ARABIC_LETTER.test(form);
    CAPITAL_TABLE.set(keyOf(form, arabic), code);
    (arabic ? CAPITAL_FORMS.arabic : CAPITAL_FORMS.latin).push(form);
  }
}
const CAPITAL_RE = new RegExp(
  `${WORD_START}(?:(${trieSource(CAPITAL_FORMS.latin, latinPiece)})|(?:${ARABIC_CLITICS})(${trieSource(CAPITAL_FORMS.arabic, arabicPiece)}))${WORD_END}`,
  'gu',
);

/** Countries whose capital `text` names ("Tehran", "اسلام‌آباد"), in order of first mention. */
export function findCapitals(text: string): string[] {
  const t = finalFold(normalizeBase(text));
  const codes: string[] = [];
  for (const m of t.matchAll(CAPITAL_RE)) {
    const key = m[1] ?? keyOf((m[2] ?? '').replace(/\u200C/g, ' '), true);
    const code = CAPITAL_TABLE.get(key);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
