import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { articleIsPublished } from './lib/articles/article-exists';
import { corpusVersion } from './lib/articles/corpus-version';
import { replicaUrls } from './lib/db/client';
import { isWriteMethod, READ_PRIMARY_COOKIE } from './lib/db/read-primary';
import { settings } from './lib/env';
import { PAGE_ETAG_HEADER, wasMomentary } from './lib/http/momentary-answers';
import { etagMatches, isSharedPageRequest, pageEtag, PRIVATE_PAGE_CACHE_CONTROL, SHARED_PAGE_CACHE_CONTROL } from './lib/http/shared-page';
import { internalLocaleOfPath, splitLocalePath } from './lib/i18n/internal-locale-path';
import { missingPageRoute } from './lib/i18n/missing-page';
import { routing, type AppLocale } from './lib/i18n/routing';
import { ensureDatabaseMonitor } from './lib/ops/database-monitor';
import { databaseState } from './lib/ops/database-state';
import { unavailableAnswer } from './lib/ops/unavailable';
import { NON_PAGE_POLICY, newNonce, pageContentSecurityPolicy } from './lib/security/csp';
import { BAD_ADDRESS, hasMalformedPercentEncoding } from './lib/security/url';
import { isFileAddress, KNOWN_FILES, knownPage } from './lib/url/known-pages';

const handleLocale = createMiddleware(routing);

// API routes, Next internals and files with an extension are not pages: no locale, no nonce.
const NOT_A_PAGE = /^\/(?:api(?:\/|$)|_next\/|_vercel\/|.*\.[^/]*$)/;

// Next's files and other file addresses need no database, and keep loading during an outage.
const needsNoDatabase = (pathname: string) => pathname.startsWith('/_next/') || isFileAddress(pathname);

/**
 * Runs before every request but Next's static files (next.config.js gives those their headers).
 * A path whose percent-encoding does not decode is answered here with a 400 (a query string, by
 * the production server: lib/ops/server.ts). While PostgreSQL does not answer
 * (lib/ops/database-monitor.ts), everything but files gets a clean 503 in the reader's language,
 * and requests reach the app again as soon as it answers. With read replicas, a request that
 * writes gives its browser the read-primary cookie (lib/db/read-primary.ts).
 * Pages get the locale routing (a path already rewritten to its internal locale, as the custom
 * server runs the proxy again after next-intl's rewrite, is served as that locale) and a
 * Content-Security-Policy with a fresh nonce, set on the request too, where Next.js finds it and
 * adds the nonce to its own scripts. Everything else gets a policy that allows nothing.
 * An address that names no page, or an article that is not there, is answered with the
 * not-found page and status 404 (lib/url/known-pages.ts).
 * Pages that are the same for every reader carry an entity tag from the corpus version and are
 * answered 304 when the browser or a cache in front already has them (lib/http/shared-page.ts);
 * every other page is marked private.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (hasMalformedPercentEncoding(pathname)) return badAddress(pathname);
  ensureDatabaseMonitor();
  if (!databaseState().up && !needsNoDatabase(pathname)) return unavailable(pathname, search);
  const response = await answer(request);
  if (isWriteMethod(request.method) && replicaUrls().length > 0) {
    const maxAge = settings().READ_PRIMARY_AFTER_WRITE_SECONDS;
    response.cookies.set(READ_PRIMARY_COOKIE, '1', { maxAge, path: '/', httpOnly: true, sameSite: 'lax' });
  }
  return response;
}

async function answer(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const unknownFile = isFileAddress(pathname) && !KNOWN_FILES.has(pathname);
  if (NOT_A_PAGE.test(pathname) && !unknownFile) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', NON_PAGE_POLICY);
    return response;
  }
  const located = splitLocalePath(pathname);
  const missing = unknownFile || (located !== null && (await isMissing(located.rest)));
  const etag = missing ? null : await sharedPageEtag(request);
  if (etag && etagMatches(request.headers.get('if-none-match'), etag) && !wasMomentary(etag)) return notModified(etag);
  const policy = pageContentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  // The page notes its tag when what it shows is momentary (lib/http/momentary-answers.ts); a
  // caller's own header of that name is not believed.
  headers.delete(PAGE_ETAG_HEADER);
  if (etag) headers.set(PAGE_ETAG_HEADER, etag);
  let response: NextResponse;
  if (missing) {
    response = missingPage(request, located?.locale ?? routing.defaultLocale, headers);
  } else {
    const internalLocale = internalLocaleOfPath(pathname);
    if (internalLocale) headers.set('X-NEXT-INTL-LOCALE', internalLocale);
    // Only the URL and headers matter to the locale routing; the body goes to the page untouched.
    response = internalLocale ? NextResponse.next({ request: { headers } }) : handleLocale(new NextRequest(request.url, { headers }));
  }
  response.headers.set('Content-Security-Policy', policy);
  // next-intl's locale cookie would make a shared page one reader's own; the page sets it in the
  // browser instead (components/layout/remember-locale.tsx).
  if (etag) response.headers.delete('set-cookie');
  // A redirect (a path without its language) is this reader's own.
  const shared = etag !== null && !response.headers.has('location');
  if (shared) response.headers.set('ETag', etag);
  response.headers.set('Cache-Control', shared ? SHARED_PAGE_CACHE_CONTROL : PRIVATE_PAGE_CACHE_CONTROL);
  return response;
}

/** Whether the address names no page, or an article that is not there. Unsure (the database does not answer) is not missing: the page decides. */
async function isMissing(segments: string[]): Promise<boolean> {
  const page = knownPage(segments);
  if (page.kind === 'page') return false;
  if (page.kind === 'missing') return true;
  return !(await articleIsPublished(page.id).catch(() => true));
}

/**
 * The not-found page (app/[locale]/missing) in the address's language, with status 404, at the
 * reader's address. Rendered as a page of its own, it is complete HTML: a `notFound()` from a
 * page reaches the browser as an empty document that only JavaScript fills (vercel/next.js
 * #62228), so pages call it only when what they show vanished after this check.
 */
function missingPage(request: NextRequest, locale: AppLocale, headers: Headers): NextResponse {
  headers.set('X-NEXT-INTL-LOCALE', locale);
  return NextResponse.rewrite(new URL(missingPageRoute(locale), request.url), { request: { headers }, status: 404 });
}

// Names this build: a deployment changes the markup under an unchanged corpus (next.config.js).
const BUILD = process.env.READING_ROOM_BUILD_ID ?? 'development';

/** The entity tag of a page that is the same for every reader, or null (also when the version cannot be read). */
async function sharedPageEtag(request: NextRequest): Promise<string | null> {
  const { pathname, search } = request.nextUrl;
  if (!isSharedPageRequest({ method: request.method, pathname, headers: request.headers })) return null;
  const version = await corpusVersion().catch(() => null);
  return version === null ? null : pageEtag({ version, build: BUILD, pathname, search });
}

/** RFC 9110 asks a 304 to carry what the 200 would have said about caching; not the policy, which belongs to the kept body. */
function notModified(etag: string): NextResponse {
  return new NextResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': SHARED_PAGE_CACHE_CONTROL } });
}

function unavailable(pathname: string, search: string): NextResponse {
  const { status, headers, body } = unavailableAnswer(pathname, search);
  return new NextResponse(body, { status, headers });
}

function badAddress(pathname: string): NextResponse {
  const response = pathname.startsWith('/api/')
    ? NextResponse.json({ error: BAD_ADDRESS }, { status: 400 })
    : new NextResponse(BAD_ADDRESS, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  response.headers.set('Content-Security-Policy', NON_PAGE_POLICY);
  return response;
}

export const config = {
  // Next's own static files skip the proxy; a static path with a percent sign does not, so that
  // broken encoding there gets the same 400.
  matcher: '/((?!_next/static/[^%]*$|_next/image).*)',
};
