import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { internalLocaleOfPath, localeOfPath } from './lib/i18n/internal-locale-path';
import { missingPageRoute, NOT_FOUND_PAGE_HEADER } from './lib/i18n/missing-page';
import { routing } from './lib/i18n/routing';
import { NON_PAGE_POLICY, newNonce, pageContentSecurityPolicy } from './lib/security/csp';
import { BAD_ADDRESS, hasMalformedPercentEncoding } from './lib/security/url';

const handleLocale = createMiddleware(routing);

// API routes, Next internals and files with an extension are not pages: no locale, no nonce.
const NOT_A_PAGE = /^\/(?:api(?:\/|$)|_next\/|_vercel\/|.*\.[^/]*$)/;
// Where a 404 page can be answered (a missing file's address too), but not an API's or Next's.
const NOT_FOUND_PAGE_ALLOWED = /^\/(?!api(?:\/|$)|_next\/)/;

/**
 * Runs before every request but Next's static files (next.config.js gives those their headers).
 * A path whose percent-encoding does not decode is answered here with a 400 (a query string, by
 * the production server: lib/ops/server.ts).
 * Pages get the locale routing (a path already rewritten to its internal locale, as the custom
 * server runs the proxy again after next-intl's rewrite, is served as that locale) and a
 * Content-Security-Policy with a fresh nonce, set on the
 * request too, where Next.js finds it and adds the nonce to its own scripts. Everything else
 * gets a policy that allows nothing. A request for the not-found page at an address
 * (lib/ops/not-found-answer.ts) is rewritten to that page, in the address's language.
 */
export default function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (hasMalformedPercentEncoding(pathname)) return badAddress(pathname);
  const notFoundPage = request.headers.has(NOT_FOUND_PAGE_HEADER) && NOT_FOUND_PAGE_ALLOWED.test(pathname);
  if (NOT_A_PAGE.test(pathname) && !notFoundPage) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', NON_PAGE_POLICY);
    return response;
  }
  const policy = pageContentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  let response: NextResponse;
  if (notFoundPage) {
    const locale = localeOfPath(pathname);
    headers.set('X-NEXT-INTL-LOCALE', locale);
    response = NextResponse.rewrite(new URL(missingPageRoute(locale), request.url), { request: { headers } });
  } else {
    const internalLocale = internalLocaleOfPath(pathname);
    if (internalLocale) headers.set('X-NEXT-INTL-LOCALE', internalLocale);
    // Only the URL and headers matter to the locale routing; the body goes to the page untouched.
    response = internalLocale ? NextResponse.next({ request: { headers } }) : handleLocale(new NextRequest(request.url, { headers }));
  }
  response.headers.set('Content-Security-Policy', policy);
  return response;
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
