import { formatNumber } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import type { Passage } from '@/lib/passages';

type Describe = (key: 'describeChars' | 'describeParagraph' | 'describeParagraphs', values: Record<string, string>) => string;

/** "paragraph 3, characters 120–185" in the UI language and its digits, from the `Reading.passage` messages. */
export function describePassage(passage: Passage, t: Describe, locale: AppLocale): string {
  const n = (value: number) => formatNumber(value, locale);
  if (passage.chars) return t('describeChars', { number: n(passage.start), start: n(passage.chars.start), end: n(passage.chars.end) });
  return passage.start === passage.end
    ? t('describeParagraph', { number: n(passage.start) })
    : t('describeParagraphs', { start: n(passage.start), end: n(passage.end) });
}
