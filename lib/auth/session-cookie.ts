import { settings, type Settings } from '../env';
import { siteIsHttps } from '../site-url';

/** The session cookie's name on a site served over plain HTTP (a laptop, the tests). */
export const SESSION_COOKIE = 'rr_session';
/**
 * Over HTTPS the cookie carries the `__Host-` prefix: browsers then accept it only with Secure,
 * Path=/ and no Domain, so neither a sibling subdomain nor a plain-HTTP page can plant or widen it.
 */
export const HTTPS_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export interface SessionCookie {
  name: string;
  secure: boolean;
}

/** Name and Secure flag follow SITE_URL's scheme, never the host a request was addressed to. */
export function sessionCookie(site: Pick<Settings, 'SITE_URL'> = settings()): SessionCookie {
  return siteIsHttps(site) ? { name: HTTPS_SESSION_COOKIE, secure: true } : { name: SESSION_COOKIE, secure: false };
}
