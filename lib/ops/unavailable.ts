import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { localeOfPath } from '../i18n/internal-locale-path';
import type { AppLocale } from '../i18n/routing';

interface UnavailableText {
  title: string;
  description: string;
  retry: string;
}

const RTL: ReadonlySet<AppLocale> = new Set(['fa-AF', 'ar']);
const RETRY_AFTER_SECONDS = 5;

const texts = new Map<AppLocale, UnavailableText>();
function textFor(locale: AppLocale): UnavailableText {
  let text = texts.get(locale);
  if (!text) {
    const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as { Unavailable: UnavailableText };
    text = messages.Unavailable;
    texts.set(locale, text);
  }
  return text;
}

/** Machine endpoints, answered in JSON. */
export const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer while PostgreSQL is down: 503 with Retry-After, a short page in the reader's language
 * (JSON under /api), and nothing about the failure itself: no stack, no connection string.
 */
export function sendUnavailable(res: ServerResponse, requestUrl: string): void {
  const url = new URL(requestUrl, 'http://localhost');
  const pathname = url.pathname;
  // The retry link stays on this site: `//host` in a request line must not become a link elsewhere.
  const retryHref = `/${(pathname + url.search).replace(/^\/+/, '')}`;
  // Sent without Next, so without its headers: this page needs nothing, and allows nothing.
  const headers = {
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (isApiPath(pathname)) {
    res.writeHead(503, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ status: 'unavailable', error: 'The database does not answer; try again in a few seconds.' }));
    return;
  }
  const locale = localeOfPath(pathname);
  const text = textFor(locale);
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${RTL.has(locale) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)}</title></head>
<body><main role="alert"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.description)}</p><p><a href="${escapeHtml(retryHref)}">${escapeHtml(text.retry)}</a></p></main></body>
</html>
`;
  res.writeHead(503, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
}
