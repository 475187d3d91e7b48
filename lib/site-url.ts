/**
 * The site's public origin, for canonical URLs, link previews, the feed, the admin's origin check
 * and the session cookie's Secure flag. It comes from SITE_URL, never from a request's Host or
 * X-Forwarded-Host, which any client can write. Without SITE_URL the site is the loopback address
 * the server listens on (HOST, PORT), as on a laptop; a production server listening on any other
 * address refuses to start without it (checkSettings in lib/env.ts), since it could not know its
 * own name.
 */
import { settings, type Settings } from './env';
import { isLoopbackName } from './loopback';

type SiteSettings = Pick<Settings, 'SITE_URL' | 'HOST' | 'PORT'>;

function loopbackOrigin({ HOST, PORT }: SiteSettings): string {
  const name = isLoopbackName(HOST) ? HOST : 'localhost';
  return `http://${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${PORT}`;
}

/** The public origin, without a trailing slash: SITE_URL's, or the loopback address served on. */
export function siteOrigin(site: SiteSettings = settings()): string {
  return site.SITE_URL?.origin ?? loopbackOrigin(site);
}

/** Whether the site is served over HTTPS, which decides the session cookie's Secure flag and name. */
export function siteIsHttps(site: Pick<Settings, 'SITE_URL'> = settings()): boolean {
  return site.SITE_URL?.protocol === 'https:';
}
