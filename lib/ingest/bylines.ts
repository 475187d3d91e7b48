/**
 * Source and author, where the page prints them: a wire/site prefix opening the lead
 * ("VOV.VN - …", "(VOV) - …", "WASHINGTON (Reuters) — …"), a credit line closing the
 * article ("Theo_VnMedia", "(Theo Reuters)", "المصدر: وكالات"), and a byline near the headline
 * ("By Jane Doe", "بقلم …", or a bare name on its own line as in "محمد شعت").
 */
import { countCountries } from './country-mentions';
import { cleanIdentifier, countWords } from './text';

const CREDIT =
  /^\(?\s*(?:Theo|THEO|Nguồn|NGUỒN|Nguồn tin|Source|Sources|SOURCE|المصدر|مصدر|منبع|ماخذ|بشکریہ|بہ شکریہ)\s*(?:[:_\-–]\s*|\s+)([^()]{2,60}?)\s*\)?\s*\.?$/u;

/** The source named by a credit line, or null when the line is not one. */
export function parseCreditLine(line: string): string | null {
  const m = CREDIT.exec(line.trim());
  const source = m?.[1]?.trim();
  if (!source || countWords(source) > 6) return null;
  // "Theo dõi…" (follow) and "Theo ông X…" (according to Mr X) start with lower-case words.
  if (/^\p{Ll}/u.test(source)) return null;
  return cleanIdentifier(source);
}

/** "(VOV) - ", "HÀ NỘI (TTXVN) - ", "WASHINGTON (Reuters) — ", "کابل (پژواک): ". */
const PAREN_LEAD = /^(?:[\p{L}\p{M}.,'’ ]{1,30}\s)?\(([^()]{2,30})\)\s*[-–—:]\s*/u;
/** "VOV.VN - ", "TPO - ", "VnExpress - ": an upper-case-heavy token, then a dash. */
const TOKEN_LEAD = /^([\p{Lu}][\p{L}\p{Nd}]*(?:\.[\p{L}]{2,4})?)\s*[-–—]\s*/u;

/** The source prefix opening a lead paragraph, or null. The paragraph itself is kept as printed. */
export function parseLeadSource(paragraph: string): string | null {
  const paren = PAREN_LEAD.exec(paragraph);
  if (paren?.[1] && countWords(paren[1]) <= 4) return cleanIdentifier(paren[1]);
  const token = TOKEN_LEAD.exec(paragraph);
  const name = token?.[1];
  if (name && name.length >= 2 && name.length <= 20 && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2) {
    return cleanIdentifier(name);
  }
  return null;
}

const BYLINE_LABEL = [
  // Labels that read as a byline on their own: "By Jane Doe", "بقلم …".
  /^(?:By|BY|Written by|Reporting by|بقلم|كتب|كتبت|كتبه|نوشته|تحریر)\s*[:：]?\s+(.{3,60})$/u,
  // Labels that are ordinary words too ("Bài viết…") count only with a colon: "Tác giả: …".
  /^(?:Tác giả|Bài và ảnh|Bài|Phóng viên|PV|Nhóm phóng viên|إعداد|نویسنده|گزارشگر|رپورٹ)\s*[:：]\s*(.{3,60})$/u,
];
/** Function words that show a short line is a phrase, not a name. */
const FUNCTION_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'هذا', 'هذه', 'که', 'از', 'در', 'به', 'با', 'را', 'این', 'آن', 'است',
  'ہے', 'کے', 'کی', 'میں', 'سے', 'کا', 'و', 'and', 'of', 'the', 'in', 'on', 'và', 'của', 'là',
]);

function looksLikeName(line: string): boolean {
  const tokens = line.split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 4 || line.length > 48) return false;
  return tokens.every((t) => {
    if (!/^[\p{L}\p{M}\u200C.'’-]+$/u.test(t) || FUNCTION_WORDS.has(t)) return false;
    // Latin names are capitalised; Arabic script has no case to check.
    return /^\p{Script=Latin}/u.test(t) ? /^\p{Lu}/u.test(t) : true;
  });
}

/**
 * The author from the lines between the headline and the body: a labelled byline, or a bare
 * name of two to four words that is not a country, a section label or a phrase.
 */
export function findAuthor(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const labelled = BYLINE_LABEL.map((re) => re.exec(line)?.[1]).find((name) => name !== undefined);
    if (labelled) return cleanIdentifier(labelled.replace(/[.,;|/].*$/u, ''));
  }
  for (const line of headerLines) {
    if (looksLikeName(line) && countCountries(line).length === 0) return cleanIdentifier(line);
  }
  return null;
}
