import 'server-only';
import { db } from '../db/client';

/**
 * Sign-in throttling, per account (e-mail as typed, normalised) and per client address.
 * Failures counted are those in the last WINDOW since the key's last success; an address is
 * never cleared by a success, or one valid account would reset the count for guessing others.
 * Each attempt that gets to check a password leaves one row per key, stored as a failure before
 * the check (reserveAttempt) and turned into a success after a right password; a refused attempt
 * leaves none.
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

type Reader = Pick<ReturnType<typeof db>, 'signInAttempt'>;

async function failures(reader: Reader, key: string, now: Date, resetOnSuccess: boolean): Promise<Failures> {
  const since = new Date(now.getTime() - WINDOW_MS - LOCK_MS);
  const rows = await reader.signInAttempt.findMany({
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

async function stateOf(reader: Reader, email: string, ip: string, now: Date): Promise<ThrottleState> {
  const [account, address] = await Promise.all([
    failures(reader, emailKey(email), now, true),
    failures(reader, addressKey(ip), now, false),
  ]);
  return combine(decide(account, LIMITS.accountLockAfter, now), decide(address, LIMITS.addressLockAfter, now));
}

/** The state as it stands, without taking a turn: for saying "locked" right after a failure. */
export async function throttleState(email: string, ip: string, now = new Date()): Promise<ThrottleState> {
  return stateOf(db(), email, ip, now);
}

/** A turn to check one password: its attempt rows, stored as failures until the password proves right. */
export type Reservation = { locked: true; retryAfterMs: number } | { locked: false; delayMs: number; attemptIds: bigint[] };

// Parallel sign-ins for one account wait on its lock one after another; each holds it for a read
// and an insert, so even a burst of many is through in well under these.
const TRANSACTION = { maxWait: 10_000, timeout: 10_000 };

/**
 * Checks the account's and the address's failures and, unless either is locked, records this
 * attempt as a failure, in one transaction holding both keys' advisory locks. Parallel attempts
 * thus count each other: in a burst, at most LIMITS.accountLockAfter get a turn to verify a
 * password, and the rest are refused without one. An attempt that never finishes stays a failure.
 */
export async function reserveAttempt(email: string, ip: string, now = new Date()): Promise<Reservation> {
  return db().$transaction(async (tx) => {
    // Always the account's key first ("email:" sorts before "ip:"), so two attempts never wait on each other in a cycle.
    for (const key of [emailKey(email), addressKey(ip)]) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const state = await stateOf(tx, email, ip, now);
    if (state.locked) return state;
    const rows = await tx.signInAttempt.createManyAndReturn({
      data: [
        { key: emailKey(email), success: false },
        { key: addressKey(ip), success: false },
      ],
      select: { id: true },
    });
    return { locked: false, delayMs: state.delayMs, attemptIds: rows.map((row) => row.id) };
  }, TRANSACTION);
}

/** A right password turns the attempt into a success, which clears the account's failures. */
export async function recordSuccess(reservation: { attemptIds: bigint[] }): Promise<void> {
  await db().signInAttempt.updateMany({ where: { id: { in: reservation.attemptIds } }, data: { success: true } });
}

/** Drops attempts too old to matter; called now and then so the table stays small. */
export async function pruneAttempts(now = new Date()): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 2 * (WINDOW_MS + LOCK_MS)) } } });
}
