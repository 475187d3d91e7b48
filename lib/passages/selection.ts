import type { Passage } from './passage';

export interface TextPoint {
  /** 1-based paragraph number. */
  paragraph: number;
  /** UTF-16 offset inside that paragraph's text. */
  offset: number;
}

/**
 * The passage a reader's selection stands for. Inside one paragraph it is the selected characters,
 * without the spaces a double-click or a drag often picks up at either end; a selection of the whole
 * paragraph, or one that crosses paragraphs, stands for whole paragraphs.
 */
export function passageFromSelection(a: TextPoint, b: TextPoint, paragraphText: (paragraph: number) => string): Passage | null {
  const [first, last] = a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset) ? [a, b] : [b, a];
  if (first.paragraph !== last.paragraph) return { start: first.paragraph, end: last.paragraph, chars: null };
  const text = paragraphText(first.paragraph);
  let start = Math.max(0, Math.min(first.offset, text.length));
  let end = Math.max(0, Math.min(last.offset, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return null;
  const whole = text.trim();
  if (end - start >= whole.length) return { start: first.paragraph, end: first.paragraph, chars: null };
  return { start: first.paragraph, end: first.paragraph, chars: { start, end } };
}
