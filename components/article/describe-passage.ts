import type { Passage } from '@/lib/passages';

type Describe = (key: 'describeChars' | 'describeParagraph' | 'describeParagraphs', values: Record<string, number>) => string;

/** "paragraph 3, characters 120–185" in the UI language, from the `Reading.passage` messages. */
export function describePassage(passage: Passage, t: Describe): string {
  if (passage.chars) return t('describeChars', { number: passage.start, start: passage.chars.start, end: passage.chars.end });
  return passage.start === passage.end ? t('describeParagraph', { number: passage.start }) : t('describeParagraphs', { start: passage.start, end: passage.end });
}
