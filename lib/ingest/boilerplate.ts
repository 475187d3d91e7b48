/**
 * Known page furniture, per language. Phrase lists are one signal among several (the cleaner
 * also uses line shape, repetition and position); they are matched against whole lines only,
 * never inside prose, so a paragraph that merely contains "share" or "چاپ" is safe.
 */
import { phrases } from './data/furniture';
import { comparisonKey, countWords, escapeRegExp, foldForMatching } from './text';

/** Headings that open a list of other articles: everything after them is not the article. */
const SECTION_ENDERS = phrases('enders');

/** Lines dropped wherever they appear: navigation, widgets, prompts, labels. */
const FURNITURE = phrases('lines');

/**
 * Labels that open a furniture line whatever follows them ("Đọc thêm: …", "Tags: …",
 * "BREAKING: …", "خبر فوری | …", "آخر تحديث: …"): read-also links, tag and keyword lists,
 * share and follow bars, tickers, update stamps, comment counts.
 */
const FURNITURE_LABELS = phrases('labels');
const labelKeys = new Set(FURNITURE_LABELS.map(keyOf));
const LONGEST_LABEL = Math.max(...FURNITURE_LABELS.map((l) => l.length));
/** A label ends at a colon, a bar, a dash or an opening count: "Ý kiến (14)", "نظرات (۳)". */
const LABEL_END = /^(.{1,40}?)\s*(?::|：|\||—|–|\(\s*[\p{Nd}]+\s*\)\s*$)/u;

/** Copyright and licence lines: "© 2024 …", "All rights reserved", "جميع الحقوق محفوظة". */
const COPYRIGHT = new RegExp(phrases('copyright').map(escapeRegExp).join('|'), 'iu');

export function isFurniturePrefixed(line: string): boolean {
  if (COPYRIGHT.test(line) && countWords(line) <= 40) return true;
  const m = LABEL_END.exec(line.slice(0, LONGEST_LABEL + 8));
  return m !== null && labelKeys.has(keyOf(m[1] ?? ''));
}

const enderKeys = new Set(SECTION_ENDERS.map(keyOf));
const furnitureKeys = new Set(FURNITURE.map(keyOf));

/** Phrase key: comparison key without ZWNJ, spaces or trailing colon/arrows/ellipsis. */
function keyOf(line: string): string {
  return comparisonKey(line)
    .replace(/[\s:：»«›‹>…|/()\-–.]+$/u, '')
    .replace(/^[\s»«›‹>•·|/()\-–]+/u, '')
    .replace(/\s/g, '');
}

export function isSectionEnder(line: string): boolean {
  return line.length <= 60 && enderKeys.has(keyOf(line));
}

export function isFurniture(line: string): boolean {
  return line.length <= 60 && furnitureKeys.has(keyOf(line));
}

/** Font-size widgets ("XS SM MD LG", "A- A A+") and similar single-token controls. */
const FONT_WIDGET = /^(?:(?:XXS|XS|S|SM|M|MD|L|LG|XL|XXL|A|A\+|A-|A−|\+A|-A|[+−-])\s*)+$/u;

export function isWidget(line: string): boolean {
  return line.length <= 24 && FONT_WIDGET.test(line);
}

/**
 * Follow-us prompts in any wording: "Mời quý độc giả theo dõi VOV.VN trên", "Theo dõi VGT trên",
 * "Follow us on Twitter", "تابعونا على تويتر", "ما را در تلگرام دنبال کنید".
 */
const FOLLOW_PROMPTS = [
  /^(?:mời (?:quý )?(?:độc giả|bạn đọc|bạn) )?(?:theo dõi|follow) .{0,40}(?:trên|tại|qua)(?: .{0,40})?$/iu,
  /^follow (?:us|[\p{L}\p{N}.]+) on\b.{0,60}$/iu,
  /^(?:تابعونا|تابعوا|تابع) .{0,60}$/u,
  /^.{0,40}(?:دنبال کنید|فالو کریں|را دنبال کنید)[.!]?$/u,
  /^(?:subscribe to|sign up for) .{0,60}$/iu,
];

/**
 * Words that make a short line a prompt to do something with the site (newsletters, apps,
 * accounts, comments) rather than a sentence of the article, in every language we read.
 */
const PROMPT_WORDS = phrases('prompts');

const PLATFORMS = phrases('platforms');
const FOLLOW_VERBS = phrases('followVerbs');
const words = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${list.map((w) => foldForMatching(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'giu');
const PLATFORM = words(PLATFORMS);
const FOLLOW_VERB = words(FOLLOW_VERBS);
/** A follow prompt that lists networks may run long ("Follow X on Facebook, X and YouTube and…"). */
const FOLLOW_LIST_MAX_WORDS = 40;

function isFollowList(folded: string): boolean {
  FOLLOW_VERB.lastIndex = 0;
  if (!FOLLOW_VERB.test(folded)) return false;
  const names = new Set((folded.match(PLATFORM) ?? []).map((n) => n.toLowerCase()));
  return names.size >= 2;
}
const PROMPT = new RegExp(
  `(?<![\\p{L}])(?:${PROMPT_WORDS.map((w) => foldForMatching(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'iu',
);
/** Cookie and consent banners run longer than other prompts, and no article sentence is one. */
const CONSENT = new RegExp(
  `(?:${['cookie', 'کوکی', 'ملفات تعريف الارتباط', 'consent', 'privacy policy', 'chính sách bảo mật', 'سياسة الخصوصية', 'حریم خصوصی'].map((w) => escapeRegExp(foldForMatching(w))).join('|')})`,
  'iu',
);
const CONSENT_MAX_WORDS = 45;
/** A prompt is short: a long paragraph that mentions a newsletter is still the article's. */
const PROMPT_MAX_WORDS = 16;

export function isFollowPrompt(line: string): boolean {
  // Prompts are short; a long sentence that happens to start "Theo dõi…" is prose.
  const folded = foldForMatching(line);
  if (PROMPT.test(folded) && countWords(line) <= PROMPT_MAX_WORDS) return true;
  if (CONSENT.test(folded) && countWords(line) <= CONSENT_MAX_WORDS) return true;
  if (countWords(line) <= FOLLOW_LIST_MAX_WORDS && isFollowList(folded)) return true;
  return line.length <= 120 && countWords(line) <= 14 && FOLLOW_PROMPTS.some((re) => re.test(line));
}

/** A light key for section names: case, letter variants and joiners, without full normalisation. */
const sectionKey = (text: string) => foldForMatching(text.toLowerCase()).replace(/[\u200B-\u200D]/gu, '');
const SECTION_KEYS = new Set(phrases('sections').map(sectionKey));
const LONGEST_SECTION = Math.max(...phrases('sections').map((s) => s.split(/\s+/u).length));
/** Section names a line must list, and the share of its words they must cover, to be a menu. */
const MIN_SECTIONS = 4;
const MIN_SECTION_SHARE = 0.8;
const endsLikeSentence = /[.!?؟。]$/u;

/**
 * A navigation bar whose separators were lost in saving ("Home News Politics Sport Opinion"),
 * or are dashes: a line made almost only of section names, longest names first.
 */
function isSectionList(line: string): boolean {
  // Cheap refusals first: this runs on every line of every page.
  if (line.length > 300 || endsLikeSentence.test(line)) return false;
  const rough = line.split(/\s+/u).length;
  if (rough < MIN_SECTIONS || rough > 40) return false;
  const words = sectionKey(line)
    .split(/\s+(?:[-–—|•·»›>/]\s+)*/u)
    .filter((w) => w !== '');
  if (words.length < MIN_SECTIONS || words.length > 40) return false;
  // Past this many words that are no section name the line is not a menu: most lines stop early.
  const allowedMisses = words.length * (1 - MIN_SECTION_SHARE);
  let sections = 0;
  let missed = 0;
  for (let i = 0; i < words.length;) {
    let length = Math.min(LONGEST_SECTION, words.length - i);
    while (length > 0 && !SECTION_KEYS.has(words.slice(i, i + length).join(' '))) length--;
    if (length > 0) {
      sections++;
      i += length;
    } else if (++missed > allowedMisses) return false;
    else i++;
  }
  return sections >= MIN_SECTIONS;
}

/**
 * Menus and breadcrumbs: several short items separated by |, •, ·, », ›, > or /, or a line of
 * section names however it is separated.
 */
export function isMenu(line: string): boolean {
  // Items are separated by bars, bullets, arrows, slashes or runs of spaces (a scraped nav bar).
  const items = line.split(/\s*(?:\||•|·|»|›|>|\s\/\s|\s{2,})\s*/u).filter((s) => s.trim() !== '');
  const separated = items.length >= 3 || (items.length === 2 && /[»›>]/u.test(line));
  if (separated && items.every((item) => item.split(/\s+/u).length <= 4)) return true;
  return isSectionList(line);
}

/** A sidebar headline printed twice with no separator: "Tin ATin A" / "Tin A Tin A". */
export function isDoubledHeadline(line: string): boolean {
  const n = line.length;
  if (n < 16) return false;
  for (const gap of [0, 1]) {
    if ((n - gap) % 2 !== 0) continue;
    const half = (n - gap) / 2;
    if (line.slice(0, half) === line.slice(half + gap) && (gap === 0 || /\s/u.test(line[half] ?? ''))) return true;
  }
  return false;
}
