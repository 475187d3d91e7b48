import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMissingPagePath, NOT_FOUND_PAGE_HEADER } from '../i18n/missing-page';
import { localeOfPath } from '../i18n/internal-locale-path';
import { answerMissingPageWith404, answerNotFoundWithPage, fetchMissingPageFrom, type FetchMissingPage } from './not-found-answer';

const EMPTY_SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';

// Each path answers the way Next does: the not-found page renders with 200 (at its own address, or
// at any address asked for with the header, as the proxy rewrites it), notFound() gives the empty
// shell with 404, streamed or compressed.
const handlers: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  '/en/missing': (req, res) => missingPage(req, res, 'en'),
  '/fa/missing': (req, res) => missingPage(req, res, 'fa-AF'),
  // The not-found page itself fails to render: answered as it is, never asked for again.
  '/vi/articles/unknown': (req, res) => {
    asked.push(req.url ?? '');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(EMPTY_SHELL);
  },
  '/en/articles/unknown': (_req, res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', "script-src 'nonce-app'");
    res.flushHeaders();
    res.write(EMPTY_SHELL.slice(0, 20));
    setTimeout(() => res.end(EMPTY_SHELL.slice(20)), 5);
  },
  // Next's compression patches write after the wrappers and writes the head itself.
  '/fa/no-such-page': (_req, res) => {
    const inner = res.write as (chunk: string) => boolean;
    const patched = res as unknown as { _implicitHeader: () => void; write: (chunk: string) => boolean };
    patched.write = function (chunk: string) {
      patched._implicitHeader();
      return inner.call(res, chunk);
    };
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.write(EMPTY_SHELL);
    res.end();
  },
  '/favicon.ico': (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(EMPTY_SHELL);
  },
  '/api/articles/unknown': (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"error":"no such article"}');
  },
  '/en/fine': (_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end('<p>a page</p>');
  },
};

function missingPage(req: http.IncomingMessage, res: http.ServerResponse, lang: string) {
  const html = `<html lang="${lang}"><body><h1>Page not found</h1><p>${req.headers.cookie ?? ''}</p></body></html>`;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', "script-src 'nonce-page'");
  res.setHeader('Set-Cookie', 'NEXT_LOCALE=en; Path=/');
  if (String(req.headers['accept-encoding'] ?? '').includes('gzip')) {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(req.method === 'HEAD' ? undefined : gzipSync(html));
  } else res.end(req.method === 'HEAD' ? undefined : html);
}

const asked: string[] = [];

async function listen(fetcher: (origin: string) => FetchMissingPage): Promise<{ server: http.Server; base: string }> {
  let fetchMissingPage: FetchMissingPage = () => Promise.reject(new Error('not listening'));
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (isMissingPagePath(pathname)) answerMissingPageWith404(res);
    else answerNotFoundWithPage(req, res, fetchMissingPage);
    const handler = handlers[pathname];
    if (req.headers[NOT_FOUND_PAGE_HEADER] !== undefined && !pathname.startsWith('/vi/')) missingPage(req, res, localeOfPath(pathname));
    else if (handler) handler(req, res);
    else {
      res.statusCode = 418;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetchMissingPage = fetcher(base);
  return { server, base };
}

let app: { server: http.Server; base: string };
let broken: { server: http.Server; base: string };

beforeAll(async () => {
  app = await listen(fetchMissingPageFrom);
  broken = await listen(() => () => Promise.reject(new Error('connection refused')));
});
afterAll(async () => {
  for (const { server } of [app, broken]) await new Promise((resolve) => server.close(resolve));
});

describe('404 answers', () => {
  it('send the not-found page in the language of the path, with status 404 and the page\'s own headers', async () => {
    const res = await fetch(`${app.base}/en/articles/unknown`, { headers: { cookie: 'session=abc' } });
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<h1>Page not found</h1>');
    expect(body).not.toContain('__next_error__');
    // The page's policy goes with the page's scripts; the reader's cookies reached it; none are set.
    expect(res.headers.get('content-security-policy')).toBe("script-src 'nonce-page'");
    expect(body).toContain('session=abc');
    expect(res.headers.get('set-cookie')).toBeNull();

    const dari = await fetch(`${app.base}/fa/no-such-page`, { headers: { 'accept-encoding': 'gzip' } });
    expect(dari.status).toBe(404);
    expect(await dari.text()).toContain('<html lang="fa-AF">');
  });

  it('answer paths outside any language in the default language', async () => {
    const res = await fetch(`${app.base}/favicon.ico`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="en">');
  });

  it('answer HEAD with the page\'s head and no body', async () => {
    const res = await fetch(`${app.base}/en/articles/unknown`, { method: 'HEAD' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe("script-src 'nonce-page'");
  });

  it('give the not-found page\'s own address status 404', async () => {
    for (const path of ['/en/missing', '/fa/missing']) {
      const res = await fetch(`${app.base}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('Page not found');
    }
  });

  it('leave API answers, other statuses and other methods alone', async () => {
    const api = await fetch(`${app.base}/api/articles/unknown`);
    expect([api.status, await api.text()]).toEqual([404, '{"error":"no such article"}']);
    const fine = await fetch(`${app.base}/en/fine`);
    expect([fine.status, await fine.text()]).toEqual([200, '<p>a page</p>']);
    const post = await fetch(`${app.base}/en/articles/unknown`, { method: 'POST' });
    expect([post.status, await post.text()]).toEqual([404, EMPTY_SHELL]);
  });

  it('ask for the not-found page once, and send what the app made when it fails too', async () => {
    const res = await fetch(`${app.base}/vi/articles/unknown`);
    expect([res.status, await res.text()]).toEqual([404, EMPTY_SHELL]);
    expect(asked).toEqual(['/vi/articles/unknown', '/vi/articles/unknown']);
  });

  it('go out as the app made them when the not-found page cannot be had', async () => {
    const res = await fetch(`${broken.base}/en/articles/unknown`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe("script-src 'nonce-app'");
    expect(await res.text()).toBe(EMPTY_SHELL);
  });
});

describe('the not-found page\'s paths', () => {
  it('are one per language, Dari under its short prefix and its internal one', () => {
    expect(['/en/missing', '/vi/missing', '/ar/missing', '/fa/missing', '/fa-AF/missing'].every(isMissingPagePath)).toBe(true);
    expect(['/missing', '/en/missing/x', '/de/missing', '/en/articles/missing'].some(isMissingPagePath)).toBe(false);
  });
});
