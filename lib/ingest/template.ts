/**
 * A site's template: lines that recur across the files of one upload (menus, slogans, section
 * names, footers, follow prompts). A line printed on several different pages is not any one
 * article's, whatever it says, so the cleaner treats it as furniture unless it reads as prose
 * (syndicated copies of one story share their paragraphs, and those must survive).
 */
import { comparisonKey } from './text';

/** Pages a line must appear on before it counts as the template. */
export const TEMPLATE_MIN_PAGES = 3;

/** Longest line read as a possible template line. */
const TEMPLATE_MAX_LINE = 160;

/** Comparison keys of the lines printed on at least TEMPLATE_MIN_PAGES of these page texts. */
export function templateLines(texts: readonly string[]): Set<string> {
  const pages = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set<string>();
    for (const line of text.split('\n')) {
      // Template lines are menus, labels and footers; long lines are prose, which the cleaner
      // never treats as template anyway.
      if (line.length > TEMPLATE_MAX_LINE) continue;
      const key = comparisonKey(line);
      if (key !== '') keys.add(key);
    }
    for (const key of keys) pages.set(key, (pages.get(key) ?? 0) + 1);
  }
  const template = new Set<string>();
  for (const [key, count] of pages) if (count >= TEMPLATE_MIN_PAGES) template.add(key);
  return template;
}
