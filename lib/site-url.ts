/**
 * The site's public origin, for canonical URLs, link previews, the feed, the admin's origin check
 * and the session cookie's Secure flag. It comes from SITE_URL, never from a request's Host or
 * X-Forwarded-Host, which any client can write. Without SITE_URL the site is the loopback address
 * the server listens on (HOST, PORT), as on a laptop; a production server listening on any other
 * address refuses to start without it (checkSiteUrlFor), since it could not know its own name.
 */

/** The environment the settings are read from: process.env, or a test's own. */
export type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export const isLoopbackName = (name: string) => LOOPBACK_NAMES.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name);

/** SITE_URL parsed and checked, or null when unset. */
export function configuredSiteUrl(env: Env = process.env): URL | null {
  const raw = env.SITE_URL?.trim();
  if (!raw) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // Reported below with the same sentence as any other shape SITE_URL must not have.
  }
  const bare = url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash && !raw.includes('?') && !raw.includes('#');
  if (!url || !bare) {
    throw new Error(
      `SITE_URL must be the address readers use for the site, scheme and host only, such as https://reading-room.example.org (no path, query or user name); it is "${raw}".`,
    );
  }
  return url;
}

function loopbackOrigin(env: Env): string {
  const host = env.HOST?.trim() || '127.0.0.1';
  const name = isLoopbackName(host) ? host : 'localhost';
  const port = env.PORT?.trim() || '3000';
  return `http://${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${port}`;
}

/** The public origin, without a trailing slash: SITE_URL's, or the loopback address served on. */
export function siteOrigin(env: Env = process.env): string {
  return configuredSiteUrl(env)?.origin ?? loopbackOrigin(env);
}

/** Whether the site is served over HTTPS, which decides the session cookie's Secure flag and name. */
export function siteIsHttps(env: Env = process.env): boolean {
  return configuredSiteUrl(env)?.protocol === 'https:';
}

/**
 * Throws the sentence an operator needs when the production server would listen beyond loopback
 * without SITE_URL, or when SITE_URL is malformed; called once as the server starts.
 */
export function checkSiteUrlFor(hostname: string, env: Env = process.env): void {
  if (configuredSiteUrl(env) || env.NODE_ENV !== 'production' || isLoopbackName(hostname)) return;
  throw new Error(
    `SITE_URL is not set, and the server would listen on ${hostname}, beyond this machine. Set SITE_URL to the address readers use, such as https://reading-room.example.org: links, previews and the sign-in cookie are built from it, never from what a client sends.`,
  );
}
