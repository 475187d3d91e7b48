import 'server-only';
import { db } from '../db/client';
import { normaliseEmail } from './admins';
import { burnVerify, verifyPassword } from './password';
import { createSession, pruneSessions } from './sessions';
import { pruneAttempts, recordSuccess, reserveAttempt, throttleState } from './throttle';

export type SignInResult =
  | { status: 'ok'; token: string; maxAgeSeconds: number; email: string }
  | { status: 'invalid' }
  | { status: 'locked'; retryAfterMinutes: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a password with throttling per account and per address. The answer never says whether
 * the account exists. The attempt takes its turn before any password is checked (reserveAttempt),
 * so a locked key, or a burst past the limit, is refused without running the password hash.
 */
export async function signIn(
  emailInput: string,
  password: string,
  client: { ip: string; userAgent?: string | null },
  options: { sleep?: (ms: number) => Promise<unknown> } = {},
): Promise<SignInResult> {
  const email = normaliseEmail(emailInput).slice(0, 254);
  const turn = await reserveAttempt(email, client.ip);
  if (turn.locked) return locked(turn.retryAfterMs);
  if (turn.delayMs > 0) await (options.sleep ?? sleep)(turn.delayMs);

  const user = await db().adminUser.findUnique({ where: { email } });
  let ok = false;
  if (user && !user.disabled) ok = await verifyPassword(user.passwordHash, password);
  else await burnVerify(password);
  if (ok) await recordSuccess(turn);
  // Now and then, drop attempts and sessions too old to matter, so both tables stay small.
  if (Math.random() < 0.05) void Promise.all([pruneAttempts(), pruneSessions()]).catch(() => {});
  if (!ok || !user) {
    // This failure may be the one that locks the key: say so now, not on the next try.
    const after = await throttleState(email, client.ip);
    if (after.locked) return locked(after.retryAfterMs);
    return { status: 'invalid' };
  }
  const session = await createSession(user.id, { ip: client.ip, userAgent: client.userAgent });
  return { status: 'ok', email: user.email, ...session };
}

function locked(retryAfterMs: number): SignInResult {
  return { status: 'locked', retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) };
}
