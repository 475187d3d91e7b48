import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db/client';

export { SESSION_COOKIE } from './session-cookie';
/** A session ends after this long without use… */
export const IDLE_MS = 8 * 60 * 60_000;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_MS = 24 * 60 * 60_000;
// Writing last_seen_at on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 60_000;

export interface Admin {
  id: bigint;
  email: string;
  sessionId: string;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session; the returned token goes into the cookie, only its hash into the table. */
export async function createSession(userId: bigint, meta: { ip?: string | null; userAgent?: string | null } = {}, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + IDLE_MS);
  await db().adminSession.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip?.slice(0, 100) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, maxAgeSeconds: ABSOLUTE_MS / 1000 };
}

/** The admin a session token belongs to, or null when it is unknown, expired or the account disabled. */
export async function verifySession(token: string | undefined | null, now = new Date()): Promise<Admin | null> {
  if (!token || !TOKEN.test(token)) return null;
  const id = hashToken(token);
  const session = await db().adminSession.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, disabled: true } } },
  });
  if (!session || session.user.disabled) return null;
  const absoluteEnd = session.createdAt.getTime() + ABSOLUTE_MS;
  if (session.expiresAt.getTime() <= now.getTime() || absoluteEnd <= now.getTime()) {
    await db().adminSession.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db().adminSession.update({
      where: { id },
      data: { lastSeenAt: now, expiresAt: new Date(Math.min(now.getTime() + IDLE_MS, absoluteEnd)) },
    });
  }
  return { id: session.user.id, email: session.user.email, sessionId: id };
}

export async function revokeSession(token: string | undefined | null): Promise<void> {
  if (!token || !TOKEN.test(token)) return;
  await db().adminSession.deleteMany({ where: { id: hashToken(token) } });
}

export async function pruneSessions(now = new Date()): Promise<void> {
  await db().adminSession.deleteMany({ where: { expiresAt: { lte: now } } });
}
