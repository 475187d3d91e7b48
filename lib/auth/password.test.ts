import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id with a salt, and verifies only the same password', async () => {
    const a = await hashPassword('tài khoản mật khẩu');
    const b = await hashPassword('tài khoản mật khẩu');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'tài khoản mật khẩu')).toBe(true);
    // NFD input is the same password as NFC.
    expect(await verifyPassword(a, 'tài khoản mật khẩu'.normalize('NFD'))).toBe(true);
    expect(await verifyPassword(a, 'tai khoan mat khau')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('names what is wrong with a weak password', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('twelve chars')).toBeNull();
  });
});
