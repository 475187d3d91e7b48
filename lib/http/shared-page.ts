import { createHash } from 'node:crypto';
import { HTTPS_SESSION_COOKIE, SESSION_COOKIE } from '../auth/session-cookie';
import { READ_PRIMARY_COOKIE } from '../db/read-primary';
import { localeOfPath, publicPrefix } from '../i18n/internal-locale-path';
import { LOCALES } from '../i18n/routing';

/**
 * Which answers are the same for every reader, and the HTTP validators that let any standard
 * cache in front (nginx, Varnish, a CDN) and the browser keep them.
 *
 * A public page's HTML is a function of its address, the corpus version and the build, so its
 * entity tag is made of exactly those, and an `If-None-Match` naming it is answered `304` without
 * rendering. Shared caches may keep it a few seconds before asking again (`s-maxage`); browsers
 * ask every time (`max-age=0`), so a reader sees a new article as soon as the corpus changes.
 *
 * Not shared: anything a signed-in admin or a browser that must read its own writes asks for
 * (their cookies), the admin pages, Next's in-app navigation payloads (their content depends on
 * the router state the browser sends, so they stay uncached), actions and every other method.
 */

/** How long a shared cache may give a kept page before asking this server again. */
export const SHARED_PAGE_SECONDS = 10;

export const SHARED_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_PAGE_SECONDS}, must-revalidate`;
export const PRIVATE_PAGE_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';

/** Cookies that make an answer this browser's own (lib/auth/session-cookie.ts, lib/db/read-primary.ts). */
export const PERSONAL_COOKIES = [SESSION_COOKIE, HTTPS_SESSION_COOKIE, READ_PRIMARY_COOKIE];

/** The request facts the decision needs, as a proxy or a plain HTTP server sees them. */
export interface PageRequest {
  method: string;
  pathname: string;
  headers: Headers;
}

const cookieNames = (cookie: string | null) =>
  (cookie ?? '')
    .split(';')
    .map((part) => part.split('=', 1)[0]!.trim())
    .filter(Boolean);

// A page's first segment is a language, public (`/fa`) or internal (`/fa-AF`); admin pages and
// the not-found page's own address are never shared.
const LANGUAGE_SEGMENTS = new Set(LOCALES.flatMap((locale) => [publicPrefix(locale).slice(1), locale]));
const NEVER_SHARED_SECTIONS = new Set(['admin', 'missing']);

/** Whether the answer to this request is the same for every reader who asks for it. */
export function isSharedPageRequest({ method, pathname, headers }: PageRequest): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const [, first = '', second = ''] = pathname.split('/');
  if (!LANGUAGE_SEGMENTS.has(first) || NEVER_SHARED_SECTIONS.has(second)) return false;
  // A browser asks for a page to show it (a document); its router's payloads, prefetches and
  // actions are fetches. Next hides its own `RSC` and `Next-Router-*` headers from the proxy, so
  // the browser's Sec-Fetch-Dest tells them apart. A client that sends none (a cache in front,
  // a script) is asking for the document.
  const destination = headers.get('sec-fetch-dest');
  if (destination !== null && destination !== 'document') return false;
  if (headers.has('next-action')) return false;
  const cookies = cookieNames(headers.get('cookie'));
  return !cookies.some((name) => PERSONAL_COOKIES.includes(name));
}

/**
 * The page's entity tag: weak, since two renders of the same page differ in their nonces.
 * `build` changes with every deployment. The public and the internal form of a path (`/fa/…`,
 * `/fa-AF/…`, both seen by the proxy behind the custom server) get the same tag.
 */
export function pageEtag({
  version,
  build,
  pathname,
  search,
}: {
  version: string;
  build: string;
  pathname: string;
  search: string;
}): string {
  const rest = pathname.split('/').slice(2).join('/');
  const digest = createHash('sha256')
    .update(`${build}\n${version}\n${localeOfPath(pathname)}/${rest}${search}`)
    .digest('base64url');
  return `W/"${digest.slice(0, 32)}"`;
}

/** `If-None-Match` names this tag (weak comparison, as RFC 9110 asks for GET), or is `*`. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
