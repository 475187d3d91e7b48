import { cookies, headers } from 'next/headers';
import { SESSION_COOKIE } from './sessions';

/**
 * The client address: the last X-Forwarded-For entry, the one the nearest proxy appended. Next
 * only fills the header in when it is absent, so without a proxy in front a client can name any
 * address here; the per-account limit does not depend on it (see README, Admin).
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? h.get('x-real-ip') ?? 'unknown';
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get('user-agent');
}

function isLoopback(host: string | null): boolean {
  const name = (host ?? '').replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

/** Secure in production, except on a loopback address (tests and local `npm start` over plain HTTP). */
async function secureCookie(): Promise<boolean> {
  if (process.env.NODE_ENV !== 'production') return false;
  return !isLoopback((await headers()).get('host'));
}

export async function setSessionCookie(token: string, maxAgeSeconds: number): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await secureCookie(),
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: await secureCookie(), path: '/', maxAge: 0 });
}

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/**
 * A state-changing request must come from our own pages: SameSite=Lax already keeps the cookie
 * off cross-site POSTs, and this refuses a foreign Origin outright.
 */
export async function sameOrigin(): Promise<boolean> {
  const h = await headers();
  const origin = h.get('origin');
  if (!origin) return true;
  try {
    const host = h.get('x-forwarded-host') ?? h.get('host');
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
