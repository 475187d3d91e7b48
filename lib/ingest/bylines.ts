/**
 * Source and author, where the page prints them: a wire/site prefix opening the lead
 * ("VOV.VN - …", "(VOV) - …", "WASHINGTON (Reuters) — …"), a credit line closing the
 * article ("Theo_VnMedia", "(Theo Reuters)", "المصدر: وكالات"), and a byline near the headline
 * ("By Jane Doe", "بقلم …", or a bare name on its own line as in "محمد شعت").
 */
import type { PageBlock } from './clean';
import { countCountries } from './country-mentions';
import { withoutDates } from './dates';
import { stopwordShare } from './stopwords';
import { AGENCIES } from './data/agencies';
import { alternation, cleanIdentifier, countWords, foldForMatching } from './text';

const CREDIT_LABEL = /^\(?\s*(?:Theo|THEO|Nguồn|NGUỒN|Nguồn tin|Source|Sources|SOURCE|المصدر|مصدر|منبع|ماخذ|بشکریہ|بہ شکریہ)/u;
const CREDIT = new RegExp(`${CREDIT_LABEL.source}\\s*(?:[:_\\-–]\\s*|\\s+)([^()]{2,60}?)\\s*\\)?\\s*\\.?$`, 'u');

/**
 * The source named by a credit line, or null when the line is not one. A date printed beside the
 * credit ("المصدر: … 2024-03-05 14:20") is no part of the source.
 */
export function parseCreditLine(line: string): string | null {
  const trimmed = line.trim();
  // Only a line that opens with a credit label is looked at further (finding dates costs more).
  if (!CREDIT_LABEL.test(trimmed)) return null;
  const m = CREDIT.exec(withoutDates(trimmed));
  const source = m?.[1]?.trim();
  if (!source || countWords(source) > 6) return null;
  // "Theo dõi…" (follow) and "Theo ông X…" (according to Mr X) start with lower-case words.
  if (/^\p{Ll}/u.test(source)) return null;
  // "Nguồn: Tổng hợp" (compiled from several sources) names no outlet.
  if (/^(?:tổng hợp|tổng hợp từ.*|nhiều nguồn|various|agencies compiled)$/iu.test(source)) return null;
  return cleanIdentifier(source);
}

/**
 * "(VOV) - ", "HÀ NỘI (TTXVN) - ", "WASHINGTON (Reuters) — ", "کابل (پژواک): ", "KAMPALA, Aug 22
 * (Reuters) - ", "Viêng Chăn, 12/8 (TTXVN) - " (a numeric date in the dateline).
 */
const PAREN_LEAD = /^(?:[\p{L}\p{M}\p{Nd}.,،'’/ ]{1,40}\s)?\(([^()\p{Nd}]{2,30})\)\s*[-–—:]\s*/u;
/** A dateline with a date and the agency in parentheses, no dash: "نئی دہلی، 12 فروری (یو این آئی) …". */
const DATED_PAREN_LEAD = /^[\p{L}\p{M}.,،'’ ]{1,30}\p{Nd}{1,2}[\p{L}\p{M}\p{Nd} .,،]{1,20}\(([^()\p{Nd}]{2,30})\)\s+/u;
/** "تهران- ایرنا- …": place, agency, then the text, each after a dash. */
const PLACE_AGENCY_LEAD = /^[\p{L}\p{M} ]{2,25}?\s*[-–—]\s*([\p{L}\p{M}.]{2,20})\s*[-–—]\s+/u;
/** "الرياض - واس", "بغداد - واع": a dateline on its own line, naming the agency. */
const PLACE_AGENCY_LINE = /^[\p{L}\p{M} ]{2,25}?\s*[-–—]\s*([\p{L}\p{M}.]{2,20})$/u;
/** Persian attribution: "به گزارش ایرنا،", "به گزارش خبرنگار سیاسی تسنیم،". */
const ATTRIBUTION =
  /(?:^|[.،]\s*)به گزارش\s+(?:خبرنگار(?:\s+[\p{L}\u200C]+)?\s+)?(?:خبرگزاری\s+)?([\p{L}\u200C]+(?:\s+[\p{L}\u200C]+)?)\s*[،,]/u;
/** "VOV.VN - ", "TPO - ", "VnExpress - ": an upper-case-heavy token, then a dash. */
const TOKEN_LEAD = /^([\p{Lu}][\p{L}\p{Nd}]*(?:\.[\p{L}]{2,4})?)\s*[-–—]\s*/u;

/** The source prefix opening a lead paragraph, or null. The paragraph itself is kept as printed. */
export function parseLeadSource(paragraph: string): string | null {
  const paren = PAREN_LEAD.exec(paragraph) ?? DATED_PAREN_LEAD.exec(paragraph) ?? PLACE_AGENCY_LEAD.exec(paragraph);
  if (paren?.[1] && countWords(paren[1]) <= 4) return cleanIdentifier(paren[1]);
  const token = TOKEN_LEAD.exec(paragraph);
  const name = token?.[1];
  if (name && name.length >= 2 && name.length <= 20 && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2) {
    return cleanIdentifier(name);
  }
  return null;
}

/** The agency of a dateline printed on its own line ("بغداد - واع"), or null. */
export function parsePlaceAgencyLine(line: string): string | null {
  const agency = PLACE_AGENCY_LINE.exec(line)?.[1];
  if (agency && countWords(line) <= 5) return cleanIdentifier(agency);
  // A known agency may be written in several words ("القاهرة - أ ش أ", "(سونا)" after the place).
  const known = KNOWN_PLACE_AGENCY.exec(line);
  const name = known?.[1] ?? known?.[2];
  return name && agencyKeys.has(foldForMatching(name.trim().toLowerCase())) ? cleanIdentifier(name) : null;
}

/** "القاهرة - أ ش أ", "الخرطوم (سونا)": a place, then an agency after a dash or in parentheses. */
const KNOWN_PLACE_AGENCY = /^[\p{L}\p{M} ]{2,25}?\s*(?:[-–—]\s*([^-–—()]{2,30})|\(\s*([^()]{2,30})\s*\))\s*$/u;

/** The agency a Persian lead attributes the report to ("به گزارش ایرنا،"), or null. */
export function parseAttribution(paragraph: string): string | null {
  const name = ATTRIBUTION.exec(paragraph.slice(0, 200))?.[1];
  if (name) return cleanIdentifier(name.split(/\s+/u).at(-1) ?? name);
  // Folding keeps every character in place, so the span found in the folded text is cut from
  // the paragraph as printed.
  const folded = foldForMatching(paragraph);
  const m = AGENCY_ATTRIBUTION.exec(folded);
  const agency = m?.slice(1).find((g) => g !== undefined);
  if (!m || !agency) return null;
  const at = folded.indexOf(agency, m.index);
  return cleanIdentifier(paragraph.slice(at, at + agency.length));
}

/**
 * A known agency named as the report's source: "اے پی پی کے مطابق", "وفقا لوكالة واس",
 * "نقلت وكالة سانا", "according to Reuters". Only names from the agency list count, so a person
 * or a ministry quoted the same way is not taken for the source.
 */
const AGENCY_NAMES = alternation(AGENCIES.map((a) => foldForMatching(a)));
const AGENCY_ATTRIBUTION = new RegExp(
  `(?<![\\p{L}])(${AGENCY_NAMES})(?![\\p{L}])\\s+کے مطابق` +
    `|(?:وفقا|وفقاً|طبقا|حسب|بحسب|نقلت|نقلا عن|ذكرت|أفادت|قالت)\\s+ل?(?:وكاله|وکاله)\\s+(${AGENCY_NAMES})(?![\\p{L}])` +
    `|according to (?:the )?(${AGENCY_NAMES})(?![\\p{L}])`,
  'u',
);

const CREDIT_WORD = '(?:Theo|THEO|Nguồn|Source|المصدر|منبع|ماخذ)';
/** "Như Tâm (Theo Reuters)": the author's name with the credit in parentheses. */
const NAME_WITH_CREDIT = new RegExp(`^(.{3,48}?)\\s*\\(\\s*${CREDIT_WORD}\\s*[:_]?\\s*([^()]{2,40}?)\\s*\\)\\s*\\.?$`, 'u');
/** "Reporting by Grace Namutebi in Kampala", "(Reporting by Abdou Issa; Editing by Sarah Lawson)". */
const REPORTING_BY =
  /^\(?\s*(?:Reporting|Reported|Additional reporting) by\s+([^;()]+?)(?:\s+in\s+\p{Lu}[\p{L}\p{M} ]*)?\s*(?:;[^()]*)?\)?\.?$/u;
/** "Elena Ruiz in Madrid": a byline with the reporter's place. */
const NAME_IN_PLACE = /^(.{3,48}?)\s+in\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?$/u;

const agencyKeys = new Set(AGENCIES.map((a) => foldForMatching(a.toLowerCase())));
/** "Jane Doe, Reuters", "Jane Doe / AFP", "محمد رضایی - ایرنا": a person, then the agency. */
const NAME_AND_AGENCY = /^(.{3,48}?)\s*(?:,|،|\/|\||-|–|—)\s*([^,،/|]{2,30})$/u;

/** The person and agency of a byline that names both, or null. */
function nameAndAgency(line: string): { author: string; source: string } | null {
  const stripped = line.replace(/^(?:By|BY|بقلم|نوشته)\s+/u, '');
  const m = NAME_AND_AGENCY.exec(stripped);
  if (!m?.[1] || !m[2] || !agencyKeys.has(foldForMatching(m[2].trim().toLowerCase()))) return null;
  return looksLikeName(m[1]) ? { author: cleanIdentifier(m[1]), source: cleanIdentifier(m[2]) } : null;
}

/** Words for a journalist's role after the name: "Jane Doe, Andean correspondent". */
const ROLES =
  /(?:correspondent|reporter|editor|writer|staff|phóng viên|biên tập viên|pv|مراسل|مراسلة|محرر|خبرنگار|گزارشگر|نامہ نگار|نمائندہ|صحافی)/iu;
/** "Jane Doe, Andean correspondent", "Jane Doe (PV TTXVN tại Manila)": the name, then the role. */
const NAME_AND_ROLE = /^(.{3,48}?)\s*(?:[,،]\s*(.{2,50})|\(\s*(.{2,50})\s*\))$/u;

/** A person named by a byline-shaped line, or null. */
function authorOf(line: string): string | null {
  const withAgency = nameAndAgency(line);
  if (withAgency) return withAgency.author;
  const withRole = NAME_AND_ROLE.exec(line);
  const role = withRole?.[2] ?? withRole?.[3];
  // "By Jane Doe, Security Correspondent": the label is no part of the name.
  const named = withRole?.[1] && (labelledName(withRole[1]) ?? withRole[1]);
  if (named && role && ROLES.test(role) && looksLikeName(named)) return cleanIdentifier(named);
  const labelled = labelledName(line);
  if (labelled) return cleanIdentifier(labelled.replace(/[.,;|/].*$/u, '').replace(/\s+in\s+\p{Lu}.*$/u, ''));
  const reporting = REPORTING_BY.exec(line)?.[1];
  if (reporting && looksLikeName(reporting)) return cleanIdentifier(reporting);
  const withCredit = NAME_WITH_CREDIT.exec(line)?.[1];
  if (withCredit && looksLikeName(withCredit)) return cleanIdentifier(withCredit);
  const inPlace = NAME_IN_PLACE.exec(line)?.[1];
  if (inPlace && looksLikeName(inPlace)) return cleanIdentifier(inPlace);
  return null;
}

/** Blocks read after the body for a closing byline or credit ("Như Tâm (Theo Reuters)", "Hải Minh"). */
const CLOSING_LINES = 3;

export interface Byline {
  author: string | null;
  source: string | null;
}

/**
 * Author and source from where pages print them: a byline between the headline and the body, a
 * closing byline or credit right after the body, a dateline or credit opening the lead, a
 * dateline line of its own, or a Persian attribution in the lead. Picture credits never count.
 */
export function readByline(blocks: readonly PageBlock[], credits: readonly string[]): Byline {
  const between = blocks.filter((b) => b.zone === 'between' && b.kind !== 'caption' && b.kind !== 'furniture').map((b) => b.text);
  // A byline that also carries the date and a reading time reads like a menu
  // ("By Jane Doe | 12 Sep 2023 | 4 min read"): labelled bylines are looked for in furniture too.
  const labelled = blocks
    .filter((b) => b.zone === 'between' && b.kind === 'furniture')
    .map((b) => authorOf(b.text))
    .find((a) => a !== null);
  const closing: string[] = [];
  for (const b of blocks) {
    if (b.zone !== 'after' || b.kind === 'caption') continue;
    if (b.kind === 'ender' || closing.length >= CLOSING_LINES) break;
    if (b.kind !== 'furniture') closing.push(b.text);
  }
  const paragraphs = blocks.filter((b) => b.paragraph).map((b) => b.text);
  const lead = paragraphs.slice(0, 2);

  // Only the line right after the body can be a bare closing byline ("Hải Minh"); further down,
  // short lines are headings of the page's own lists.
  const author = findAuthor(between) ?? labelled ?? closing.map(authorOf).find((a) => a !== null) ?? findBareName(closing.slice(0, 1));
  const closingCredit = closing.map((l) => NAME_WITH_CREDIT.exec(l)?.[2] ?? parseCreditLine(l)).find((c) => c);
  const bylineAgency = [...between, ...closing].map((l) => nameAndAgency(l)?.source).find((c) => c);
  const datelineLine = blocks
    .filter((b) => b.zone === 'between' || b.zone === 'body')
    .map((b) => (b.paragraph ? null : parsePlaceAgencyLine(b.text)))
    .find((c) => c);
  const source =
    (closingCredit ? cleanIdentifier(closingCredit) : null) ??
    credits[0] ??
    bylineAgency ??
    (lead[0] ? parseLeadSource(lead[0]) : null) ??
    datelineLine ??
    lead.map(parseAttribution).find((c) => c) ??
    null;
  return { author, source };
}

function findBareName(lines: readonly string[]): string | null {
  const line = lines.find((l) => looksLikeName(l) && parseCreditLine(l) === null && countCountries(l).length === 0);
  return line ? cleanIdentifier(line) : null;
}

const BYLINE_LABEL = [
  // Labels that read as a byline on their own: "By Jane Doe", "بقلم …".
  /^(?:By|BY|Written by|Reporting by|بقلم|كتب|كتبت|كتبه|نوشته|تحریر)\s*[:：]?\s+(.{3,60})$/u,
  // Labels that are ordinary words too ("Bài viết…") count only with a colon: "Tác giả: …".
  /^(?:Tác giả|Bài và ảnh|Bài|Phóng viên|PV|Nhóm phóng viên|Đăng bởi|Viết bởi|Posted by|Author|إعداد|كتب|نویسنده|گزارشگر|خبرنگار|رپورٹ|تحریر)\s*[:：]\s*(.{3,60})$/u,
];
/** What follows a byline label ("By …", "Tác giả: …"), or undefined when the line has none. */
const labelledName = (line: string) => BYLINE_LABEL.map((re) => re.exec(line)?.[1]).find((name) => name !== undefined);

/** Function words that show a short line is a phrase, not a name. */
const FUNCTION_WORDS = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'الى',
  'عن',
  'مع',
  'هذا',
  'هذه',
  'که',
  'از',
  'در',
  'به',
  'با',
  'را',
  'این',
  'آن',
  'است',
  'ہے',
  'کے',
  'کی',
  'میں',
  'سے',
  'کا',
  'و',
  'and',
  'of',
  'the',
  'in',
  'on',
  'và',
  'của',
  'là',
]);

function looksLikeName(line: string): boolean {
  const tokens = line.split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 4 || line.length > 48) return false;
  // Arabic script has no capitals to tell a name from a phrase ("تبصرہ بھیجیں", "دیدگاه شما"),
  // but phrases are made with function words and names are not.
  if (/\p{Script=Arabic}/u.test(line) && stopwordShare(line) > 0) return false;
  return tokens.every((t) => {
    if (!/^[\p{L}\p{M}\u200C.'’-]+$/u.test(t) || !/\p{L}/u.test(t) || FUNCTION_WORDS.has(t)) return false;
    // Latin names are capitalised; Arabic script has no case to check.
    return /^\p{Script=Latin}/u.test(t) ? /^\p{Lu}/u.test(t) : true;
  });
}

/** A byline: a labelled one ("By …", "نویسنده: …"), a name with its role or agency, or a bare name. */
export function looksLikeByline(line: string): boolean {
  if (BYLINE_LABEL.some((re) => re.test(line)) || authorOf(line) !== null) return true;
  return looksLikeName(line) && countCountries(line).length === 0;
}

/**
 * The author from the lines between the headline and the body: a labelled byline, or a bare
 * name of two to four words that is not a country, a section label or a phrase.
 */
export function findAuthor(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const author = authorOf(line);
    if (author) return author;
  }
  return findBareName(headerLines);
}
