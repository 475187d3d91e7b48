/** The longest reason an admin may give for unpublishing: a sentence or two, not a report. */
export const UNPUBLISH_REASON_MAX = 300;

// Control characters would hide in the log or break its lines; none belongs in a short sentence.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** Messages under Admin.articles.reasonErrors. */
export type ReasonError = 'required' | 'tooLong' | 'controlCharacters';

/** An unpublishing reason as typed: the trimmed sentence to store, or what is wrong with it. */
export function checkReason(value: unknown): { ok: true; reason: string } | { ok: false; error: ReasonError } {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (reason === '') return { ok: false, error: 'required' };
  if ([...reason].length > UNPUBLISH_REASON_MAX) return { ok: false, error: 'tooLong' };
  if (CONTROL.test(reason)) return { ok: false, error: 'controlCharacters' };
  return { ok: true, reason };
}
