import type { ServerResponse } from 'node:http';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import faAF from '../../messages/fa-AF.json';
import vi from '../../messages/vi.json';
import { localeOfPath } from '../i18n/internal-locale-path';
import { localeDirection } from '../i18n/locale';
import type { AppLocale } from '../i18n/routing';

const TEXTS: Record<AppLocale, { title: string; description: string; retry: string }> = {
  en: en.Unavailable,
  vi: vi.Unavailable,
  'fa-AF': faAF.Unavailable,
  ar: ar.Unavailable,
};

const RETRY_AFTER_SECONDS = 5;

/** Machine endpoints, answered in JSON. */
export const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface UnavailableAnswer {
  status: 503;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer while PostgreSQL is down: 503 with Retry-After, a short page in the reader's language
 * (JSON under /api), and nothing about the failure itself: no stack, no connection string. It
 * needs nothing from Next, and its policy allows nothing.
 */
export function unavailableAnswer(pathname: string, search: string): UnavailableAnswer {
  const headers: Record<string, string> = {
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (isApiPath(pathname)) {
    return {
      status: 503,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ status: 'unavailable', error: 'The database does not answer; try again in a few seconds.' }),
    };
  }
  // The retry link stays on this site: `//host` in a request line must not become a link elsewhere.
  const retryHref = `/${(pathname + search).replace(/^\/+/, '')}`;
  const locale = localeOfPath(pathname);
  const text = TEXTS[locale];
  const body = `<!DOCTYPE html>
<html lang="${locale}" dir="${localeDirection(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)}</title></head>
<body><main role="alert"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.description)}</p><p><a href="${escapeHtml(retryHref)}">${escapeHtml(text.retry)}</a></p></main></body>
</html>
`;
  return { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body };
}

/** The same answer written by the custom server, for a request Next itself failed to answer. */
export function sendUnavailable(res: ServerResponse, requestUrl: string): void {
  const url = new URL(requestUrl, 'http://localhost');
  const { status, headers, body } = unavailableAnswer(url.pathname, url.search);
  res.writeHead(status, headers);
  res.end(body);
}
