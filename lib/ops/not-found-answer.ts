/**
 * Why this exists: when a page calls `notFound()` (an unknown article, an unknown path under a
 * language), Next 16 in production sends status 404 with an empty document,
 * `<html id="__next_error__"><body></body>`, and the translated not-found page only in its
 * RSC payload, for the browser's JavaScript to draw (upstream: vercel/next.js #62228, #98954).
 * Without JavaScript, and for anything that reads the HTML, the page is blank and has no `lang`
 * or `dir`. The not-found page rendered as a page of its own (app/[locale]/missing) is complete
 * HTML, so this server sends that instead, still with status 404. It asks itself for the same
 * address with NOT_FOUND_PAGE_HEADER, which the proxy rewrites to that page: asking for the page's
 * own address would make Next's client router replace the reader's address with it.
 */

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { NOT_FOUND_PAGE_HEADER } from '../i18n/missing-page';
import { holdAnswer } from './held-answer';
import { sentHeaders } from './sent-headers';

/** Asked of this server itself: the not-found page at the request's address. */
export type FetchMissingPage = (req: IncomingMessage) => Promise<IncomingMessage>;

/** Fetches over loopback HTTP from the server at `origin`, with the request's language, cookies and encodings. */
export function fetchMissingPageFrom(origin: string): FetchMissingPage {
  return (req) =>
    new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { [NOT_FOUND_PAGE_HEADER]: '1' };
      for (const name of ['accept', 'accept-encoding', 'accept-language', 'cookie', 'user-agent']) {
        if (req.headers[name] !== undefined) headers[name] = req.headers[name];
      }
      const ask = http.request(new URL(req.url ?? '/', origin), { method: req.method === 'HEAD' ? 'HEAD' : 'GET', headers }, resolve);
      ask.setTimeout(15_000, () => ask.destroy(new Error('the not-found page took too long')));
      ask.on('error', reject);
      ask.end();
    });
}

// Headers of one hop, and the page's cookies (a 404 sets none).
// x-middleware-rewrite names the page's internal path, which is no business of the reader's.
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'set-cookie', 'date', 'x-middleware-rewrite']);

const isHtml = (res: ServerResponse, headArgs: unknown[] | null) => (sentHeaders(res, headArgs).get('content-type')?.[0] ?? '').startsWith('text/html');

/**
 * Holds a 404 HTML answer to a GET or HEAD (status, headers, body) until it ends, then sends the
 * not-found page (in the language of the request's path) instead, with status 404. Not for the
 * page's own address: that gets answerMissingPageWith404. Should fetching
 * that page fail, the held answer goes out as it was. Other answers pass untouched.
 */
export function answerNotFoundWithPage(req: IncomingMessage, res: ServerResponse, fetchMissingPage: FetchMissingPage): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  // The page itself is not asked for again, whatever it answers.
  if (req.headers[NOT_FOUND_PAGE_HEADER] !== undefined) return;
  holdAnswer(
    res,
    (status, headArgs) => status === 404 && isHtml(res, headArgs),
    (held) => {
      fetchMissingPage(req)
        .then((page) => {
          const rendered = (page.statusCode === 200 || page.statusCode === 404) && String(page.headers['content-type']).startsWith('text/html');
          if (res.destroyed || res.headersSent || !rendered) {
            page.resume();
            if (!res.destroyed) held.release();
            return;
          }
          // The page's own headers: its Content-Security-Policy carries its scripts' nonce.
          const { writeHead, write, end } = held.discard();
          const headers: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(page.headers)) if (value !== undefined && !NOT_FORWARDED.has(name)) headers[name] = value;
          writeHead.call(res, 404, headers);
          page.on('data', (chunk: Buffer) => write.call(res, chunk));
          page.on('end', () => end.call(res));
          page.on('error', () => res.destroy());
        })
        .catch(() => {
          if (!res.destroyed && !res.headersSent) held.release();
        });
    },
  );
}

/**
 * For the not-found page's own address (isMissingPagePath), in place of answerNotFoundWithPage:
 * it answers 404 too, since it is what is missing, not a page.
 */
export function answerMissingPageWith404(res: ServerResponse): void {
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    return writeHead.apply(this, Number(args[0]) === 200 ? [404, ...args.slice(1)] : args);
  } as ServerResponse['writeHead'];
  for (const name of ['write', 'end', 'flushHeaders'] as const) {
    const method = res[name] as (...args: unknown[]) => unknown;
    (res as unknown as Record<string, unknown>)[name] = function (this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent && this.statusCode === 200) this.statusCode = 404;
      return method.apply(this, args);
    };
  }
}
