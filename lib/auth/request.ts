import { cookies, headers } from 'next/headers';
import { settings, type Settings } from '../env';
import { isLoopbackName } from '../loopback';
import { sessionCookie } from './session-cookie';

/**
 * The client address. The production server (lib/ops/server.ts) replaces X-Forwarded-For with the
 * single address its TRUSTED_PROXY_HOPS rule picks, so the header holds nothing a client wrote.
 * Under `next dev` Next fills it from the socket only when a client sent none (see README, Admin).
 */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers())
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? 'unknown';
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get('user-agent');
}

export async function setSessionCookie(token: string, maxAgeSeconds: number): Promise<void> {
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
}

export async function clearSessionCookie(): Promise<void> {
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookie().name)?.value;
}

/**
 * Whether a request's Origin is this site. With SITE_URL, Origin must be exactly its origin. Without
 * it the site is on loopback: Origin must name the Host the browser addressed, and that Host must be
 * a loopback name, so a page whose own name was pointed at this machine (DNS rebinding) is refused.
 */
export function isOwnOrigin(origin: string, host: string | null, site: Pick<Settings, 'SITE_URL' | 'NODE_ENV'> = settings()): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (site.SITE_URL) return url.origin === site.SITE_URL.origin;
  if (!host || url.host !== host) return false;
  return site.NODE_ENV !== 'production' || isLoopbackName(url.hostname);
}

/**
 * A state-changing request must come from our own pages: SameSite=Lax already keeps the cookie
 * off cross-site POSTs, and this refuses a foreign Origin outright.
 */
export async function sameOrigin(): Promise<boolean> {
  const h = await headers();
  const origin = h.get('origin');
  if (!origin) return true;
  return isOwnOrigin(origin, h.get('host'));
}
