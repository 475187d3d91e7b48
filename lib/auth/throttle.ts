import { db } from '../db/client';

/**
 * Sign-in throttling, per account (e-mail as typed, normalised) and per client address.
 * Failures counted are those in the last WINDOW since the key's last success; an address is
 * never cleared by a success, or one valid account would reset the count for guessing others.
 */
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const LIMITS = {
  /** Failures after which each further attempt is slowed down. */
  slowAfter: 3,
  /** Failures after which the account is refused for LOCK_MS. */
  accountLockAfter: 5,
  /** An address is shared by colleagues behind one NAT: it gets more room. */
  addressLockAfter: 20,
} as const;
const DELAY_STEP_MS = 750;
const MAX_DELAY_MS = 4_000;

export type ThrottleState = { locked: false; delayMs: number } | { locked: true; retryAfterMs: number };

export const emailKey = (email: string) => `email:${email}`;
export const addressKey = (ip: string) => `ip:${ip}`;

interface Failures {
  count: number;
  latest: Date | null;
}

async function failures(key: string, now: Date, resetOnSuccess: boolean): Promise<Failures> {
  const since = new Date(now.getTime() - WINDOW_MS - LOCK_MS);
  const rows = await db().signInAttempt.findMany({
    where: { key, at: { gte: since } },
    orderBy: { at: 'desc' },
    take: 100,
    select: { at: true, success: true },
  });
  let count = 0;
  let latest: Date | null = null;
  for (const row of rows) {
    if (row.success) {
      if (resetOnSuccess) break;
      continue;
    }
    latest ??= row.at;
    // Failures spread over more than WINDOW_MS before the latest one don't add up.
    if (latest.getTime() - row.at.getTime() > WINDOW_MS) break;
    count++;
  }
  return { count, latest };
}

/** Pure decision from failure counts, for unit tests. */
export function decide(fail: Failures, lockAfter: number, now: Date): ThrottleState {
  if (fail.count >= lockAfter && fail.latest) {
    const until = fail.latest.getTime() + LOCK_MS;
    if (until > now.getTime()) return { locked: true, retryAfterMs: until - now.getTime() };
    return { locked: false, delayMs: 0 };
  }
  const over = fail.count - LIMITS.slowAfter + 1;
  return { locked: false, delayMs: over > 0 ? Math.min(over * DELAY_STEP_MS, MAX_DELAY_MS) : 0 };
}

function combine(a: ThrottleState, b: ThrottleState): ThrottleState {
  if (a.locked && b.locked) return { locked: true, retryAfterMs: Math.max(a.retryAfterMs, b.retryAfterMs) };
  if (a.locked) return a;
  if (b.locked) return b;
  return { locked: false, delayMs: Math.max(a.delayMs, b.delayMs) };
}

export async function throttleState(email: string, ip: string, now = new Date()): Promise<ThrottleState> {
  const [account, address] = await Promise.all([failures(emailKey(email), now, true), failures(addressKey(ip), now, false)]);
  return combine(decide(account, LIMITS.accountLockAfter, now), decide(address, LIMITS.addressLockAfter, now));
}

export async function recordAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db().signInAttempt.createMany({
    data: [
      { key: emailKey(email), success },
      { key: addressKey(ip), success },
    ],
  });
}

/** Drops attempts too old to matter; called now and then so the table stays small. */
export async function pruneAttempts(now = new Date()): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 2 * (WINDOW_MS + LOCK_MS)) } } });
}
