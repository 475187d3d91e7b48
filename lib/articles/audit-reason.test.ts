import { describe, expect, it } from 'vitest';
import { checkReason, UNPUBLISH_REASON_MAX } from './audit-reason';

describe('checkReason', () => {
  it('keeps a short sentence, trimmed', () => {
    expect(checkReason('  Copyright complaint from the publisher ')).toEqual({
      ok: true,
      reason: 'Copyright complaint from the publisher',
    });
    expect(checkReason('شکایت ناشر')).toEqual({ ok: true, reason: 'شکایت ناشر' });
  });

  it('refuses nothing, blanks, too long and control characters', () => {
    expect(checkReason(null)).toEqual({ ok: false, error: 'required' });
    expect(checkReason('   ')).toEqual({ ok: false, error: 'required' });
    expect(checkReason('x'.repeat(UNPUBLISH_REASON_MAX))).toMatchObject({ ok: true });
    expect(checkReason('x'.repeat(UNPUBLISH_REASON_MAX + 1))).toEqual({ ok: false, error: 'tooLong' });
    expect(checkReason('one\nline')).toEqual({ ok: false, error: 'controlCharacters' });
  });
});
