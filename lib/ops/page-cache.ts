import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { newNonce } from '../security/csp';
import { VersionedCache } from '../articles/versioned-cache';
import { settings } from '../env';
import { keptAnswer, withNonce, type KeptAnswer } from './kept-answer';
import { sentHeaders } from './sent-headers';

/**
 * Rendered pages kept by the production server (lib/ops/server.ts) and given again, with a fresh
 * nonce, while the corpus has not changed. Rendering is the server's cost: about 50 ms of CPU for
 * a list page, where handing over a kept one costs a version lookup and a copy. The reading room's
 * first page, a shared link a colleague opens, the page an analyst goes back to and a feed that
 * readers poll are asked for again and again with nothing changed in between.
 *
 * What is kept:
 * - GET requests for the public pages (a browser's first load, and the RSC payload an in-app
 *   navigation asks for from a given router state), the JSON listing and the feed; not
 *   prefetches, actions, or the not-found page this server asks itself for;
 * - only answers with status 200 and a text type, whose only cookie is next-intl's locale cookie;
 * - never a request of a signed-in admin, or one that must read its own writes from the primary.
 * The key is the address with the host and forwarding headers the page's absolute links are
 * made from, the request's cookies (the locale cookie the answer sets depends on them), and for
 * a navigation the router state it was asked from.
 */

export const PAGE_CACHE_HEADER = 'X-Page-Cache';

// The session cookie under either of its names (lib/auth/session-cookie.ts), and the read-primary one.
const SESSION_COOKIES = /(?:^|;\s*)(?:(?:__Host-)?rr_session|rr-read-primary)=/;
// An in-app navigation (a click on a Link) asks for the page's RSC payload, rendered from where
// the browser's router is (`next-router-state-tree`, `next-url`): the answer depends on them, as
// Next's own Vary header says, so they are part of the key.
const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-url'];
// Headers that ask Next or this server for something else: prefetches and actions (the other
// next-* headers), Next's internal headers, and the not-found page this server asks itself for
// (lib/ops/not-found-answer.ts), which is rendered at the missing address.
const SPECIAL_REQUEST_HEADER = /^(?:next-(?!router-state-tree$|url$)|x-next|x-middleware|x-invoke|x-nextjs|x-prerender|x-reading-room)/;
const KEPT_API = new Set(['/api/articles', '/api/feed']);
const KEPT_TYPES = /^(?:text\/html|text\/x-component|application\/json|application\/atom\+xml)\b/;
const SERVER_ERROR_BOUNDARY = '<!--$!-->';
// Set by components/list/listing-refused-notice.tsx on a notice that the listing was not read this
// time (busy, or stopped by the statement timeout): pages cannot send 429 or 503, so it says so here.
const MOMENTARY_REFUSAL = 'data-momentary';
const LOCALE_COOKIE_ONLY = /^NEXT_LOCALE=[^;]*(?:;|$)/;

const gzip = promisify(zlib.gzip);

/** The key a request's answer is kept under, or null when it must be rendered for it alone. */
export function pageCacheKey(req: IncomingMessage): string | null {
  const url = req.url ?? '/';
  if (req.method !== 'GET' || !keptPath(url.split('?', 1)[0]!)) return null;
  // A browser or a cache that already holds the page asks the proxy, which may answer 304.
  if (req.headers['if-none-match'] !== undefined) return null;
  if (Object.keys(req.headers).some((name) => SPECIAL_REQUEST_HEADER.test(name))) return null;
  const cookie = req.headers.cookie ?? '';
  if (SESSION_COOKIES.test(cookie)) return null;
  const h = req.headers;
  const parts = [url, h.host, h['x-forwarded-host'], h['x-forwarded-proto'], cookie, ...NAVIGATION_HEADERS.map((name) => h[name])];
  return parts.map((part) => (Array.isArray(part) ? part.join(',') : (part ?? ''))).join('\n');
}

/** Pages (not files, not Next's own, not the admin's) and the two public API answers. */
function keptPath(pathname: string): boolean {
  if (pathname.startsWith('/api/')) return KEPT_API.has(pathname);
  return !pathname.startsWith('/_next/') && !pathname.includes('.') && !/\/admin(?:\/|$)/.test(pathname);
}

export interface PageCacheSettings {
  maxBytes: number;
  maxEntryBytes: number;
}

/** `PAGE_CACHE_MB` (64; 0 turns keeping off). */
export function pageCacheFromEnv(megabytes = settings().PAGE_CACHE_MB): PageCacheSettings | null {
  if (megabytes === 0) return null;
  const maxBytes = Math.floor(megabytes * 1024 * 1024);
  return { maxBytes, maxEntryBytes: Math.min(maxBytes, 4 * 1024 * 1024) };
}

export interface PageCache {
  /** Answers from what is kept, or lets `render` answer and keeps what it sends. Never throws. */
  serve(req: IncomingMessage, res: ServerResponse, render: () => void): void;
}

/**
 * `currentVersion` must read the corpus version from the database the request's page will be
 * read from (the same replica, within the same request context), before the page is rendered:
 * a page rendered after reading version v shows at least what v shows.
 */
export function createPageCache(settings: PageCacheSettings, currentVersion: () => Promise<string>): PageCache {
  const pages = new VersionedCache<KeptAnswer>(settings.maxBytes, { weigh: (answer) => answer.bytes, maxEntry: settings.maxEntryBytes });
  // Renders under way, by version and key: readers who ask for the same page meanwhile (everyone
  // on the reading room's first page just after a publish) wait for that one render.
  const rendering = new Map<string, Promise<KeptAnswer | null>>();

  const serve = (req: IncomingMessage, res: ServerResponse, render: () => void) => {
    const key = pageCacheKey(req);
    if (key === null) {
      render();
      return;
    }
    const answer = (kept: KeptAnswer) => void send(req, res, kept).catch(() => res.destroy());
    currentVersion().then(
      (version) => {
        if (res.destroyed) return;
        const kept = pages.get(version, key);
        if (kept !== undefined) {
          answer(kept);
          return;
        }
        const renderKey = `${version}\n${key}`;
        const pending = rendering.get(renderKey);
        if (pending) {
          void pending.then((rendered) => (res.destroyed ? undefined : rendered ? answer(rendered) : render()));
          return;
        }
        rendering.set(
          renderKey,
          new Promise((resolve) => {
            keepWhatIsSent(res, settings.maxEntryBytes, (rendered) => {
              if (rendered) pages.set(version, key, rendered);
              rendering.delete(renderKey);
              resolve(rendered);
            });
          }),
        );
        render();
      },
      // The database could not say: render, and let the server's outage handling answer.
      () => render(),
    );
  };
  return { serve };
}

async function send(req: IncomingMessage, res: ServerResponse, kept: KeptAnswer): Promise<void> {
  const { headers, body } = withNonce(kept, newNonce());
  // The fastest level: each answer is compressed anew (its nonce is new), and at level 1 a list
  // page costs about 1.3 ms of CPU instead of 2.8 ms, for about 20% more bytes.
  const compressed = acceptsGzip(req) ? await gzip(body, { level: zlib.constants.Z_BEST_SPEED }) : null;
  if (res.destroyed) return;
  for (const [name, value] of headers) res.appendHeader(name, value);
  res.setHeader(PAGE_CACHE_HEADER, 'hit');
  const vary = String(res.getHeader('vary') ?? '');
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (compressed) res.setHeader('Content-Encoding', 'gzip');
  const payload = compressed ?? body;
  res.setHeader('Content-Length', payload.length);
  res.writeHead(kept.status);
  res.end(payload);
}

function acceptsGzip(req: IncomingMessage): boolean {
  const accept = String(req.headers['accept-encoding'] ?? '');
  return /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\s*(?:,|$))/i.test(accept);
}

type Method = (...args: unknown[]) => unknown;

/**
 * Watches the answer go out untouched (compression, the outage handling and the rest below and
 * above this wrapper see no difference) and, once the app has ended it, hands over a copy of it if
 * it is one to keep, else null (null too when the connection closes before the end). The body is
 * copied as sent, so a compressed one is decompressed first. Readers waiting for this render get
 * it as soon as it is made, not when this reader's connection has taken the last byte.
 */
function keepWhatIsSent(res: ServerResponse, maxBytes: number, done: (answer: KeptAnswer | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let settled = false;
  let headArgs: unknown[] | null = null;
  const settle = (answer: KeptAnswer | null) => {
    if (settled) return;
    settled = true;
    done(answer);
  };
  const copy = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      tooLarge = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const writeHead = res.writeHead as Method;
  const write = res.write as Method;
  const end = res.end as Method;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    headArgs ??= args;
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    copy(args[0], args[1]);
    return write.apply(this, args);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    copy(args[0], args[1]);
    // The wrappers below this one run first: the 404 of the not-found page's own address
    // (lib/ops/not-found-answer.ts) sets its status there.
    const result = end.apply(this, args);
    if (!settled) settle(tooLarge || res.destroyed ? null : answerToKeep(res, headArgs, Buffer.concat(chunks)));
    return result;
  } as ServerResponse['end'];
  res.once('close', () => settle(null));
}

function answerToKeep(res: ServerResponse, headArgs: unknown[] | null, sent: Buffer): KeptAnswer | null {
  if (res.statusCode !== 200) return null;
  const headers = sentHeaders(res, headArgs);
  if (!KEPT_TYPES.test(headers.get('content-type')?.[0] ?? '')) return null;
  if ((headers.get('set-cookie') ?? []).some((cookie) => !LOCALE_COOKIE_ONLY.test(cookie))) return null;
  let body: Buffer;
  try {
    body = decoded(sent, headers.get('content-encoding')?.[0]);
  } catch {
    return null;
  }
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  headers.delete('date');
  headers.delete('connection');
  headers.delete('keep-alive');
  // React marks a part of the page that failed on the server and is left for the browser to draw
  // this way, and a refused listing marks itself; such a page answers one moment's trouble.
  if (body.includes(SERVER_ERROR_BOUNDARY) || body.includes(MOMENTARY_REFUSAL)) return null;
  const nonce = /'nonce-([^']+)'/.exec(headers.get('content-security-policy')?.[0] ?? '')?.[1] ?? null;
  const list: [string, string][] = [];
  for (const [name, values] of headers) for (const value of values) list.push([name, value]);
  return keptAnswer(200, list, body, nonce);
}

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === undefined || encoding === 'identity') return body;
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  throw new Error(`cannot keep an answer encoded as ${encoding}`);
}
