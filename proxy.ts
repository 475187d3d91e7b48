import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { internalLocaleOfPath } from './lib/i18n/internal-locale-path';
import { routing } from './lib/i18n/routing';

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const internalLocale = internalLocaleOfPath(request.nextUrl.pathname);
  if (internalLocale) {
    const headers = new Headers(request.headers);
    headers.set('X-NEXT-INTL-LOCALE', internalLocale);
    return NextResponse.next({ request: { headers } });
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
