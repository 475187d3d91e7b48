import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerMissingPageWith404 } from './not-found-answer';
import { createPageCache, PAGE_CACHE_HEADER, pageCacheFromEnv, pageCacheKey, type PageCache } from './page-cache';

let version = 'db:1';
let versionFails = false;
let renders: string[] = [];
let cache: PageCache;
let server: http.Server;
let base: string;

/** What the app would answer: a page with a nonce of its own in the policy and the body. */
function render(req: IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  renders.push(url);
  const nonce = Buffer.from(`nonce-of-render-${renders.length}`).toString('base64');
  res.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (url.startsWith('/en/missing-thing')) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<p>not found</p>');
    return;
  }
  if (url.startsWith('/en/signs-in')) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Set-Cookie', ['NEXT_LOCALE=en; Path=/', 'other=1; Path=/']);
    res.end('<p>cookie</p>');
    return;
  }
  if (url.startsWith('/en/slow')) {
    res.statusCode = url.includes('missing') ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.write(`<script nonce="${nonce}"></script>`);
    setTimeout(() => res.end('<p>slow</p>'), 50);
    return;
  }
  if (url === '/en/missing') {
    // One end() and nothing before it, as Next ends a small page: the status is set below the cache.
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<p>the not-found page</p>');
    return;
  }
  if (url.startsWith('/en/half-failed')) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<main><!--$!--><template data-dgst="123"></template><!--/$--></main>');
    return;
  }
  if (url.startsWith('/en/busy')) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<main><p role="alert" data-testid="busy" data-momentary="">Busy</p></main>');
    return;
  }
  if (url.startsWith('/en/big')) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('x'.repeat(5000));
    return;
  }
  if (url.startsWith('/en/file.csv') || url.startsWith('/en/csv')) {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.end('a,b\n');
    return;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Set-Cookie', 'NEXT_LOCALE=en; Path=/; SameSite=lax');
  const body = `<html><script nonce="${nonce}">go()</script><p>${url} كابل</p><p>render ${renders.length}</p></html>`;
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    // As Next's compression: the head, then the body in gzip chunks.
    res.setHeader('Content-Encoding', 'gzip');
    res.writeHead(200);
    const zipped = gzipSync(body);
    res.write(zipped.subarray(0, 10));
    res.end(zipped.subarray(10));
    return;
  }
  res.write(body.slice(0, 20));
  setTimeout(() => res.end(body.slice(20)), 2);
}

beforeAll(async () => {
  cache = createPageCache({ maxBytes: 100_000, maxEntryBytes: 2_000 }, async () => {
    if (versionFails) throw new Error('database down');
    return version;
  });
  server = http.createServer((req, res) => {
    // As lib/ops/server.ts does for the not-found page's own address, below the cache.
    if (req.url === '/en/missing') answerMissingPageWith404(res);
    cache.serve(req, res, () => render(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  version = `db:${Math.random()}`;
  versionFails = false;
  renders = [];
});

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return { response, text: await response.text(), nonce: nonceOf(response), hit: response.headers.get(PAGE_CACHE_HEADER) === 'hit' };
}

describe('the page cache, between a server and its app', () => {
  it('renders a page once and gives it again with a fresh nonce in the policy and the body', async () => {
    const first = await get('/en?q=kabul');
    const second = await get('/en?q=kabul');
    expect(renders).toEqual(['/en?q=kabul']);
    expect([first.hit, second.hit]).toEqual([false, true]);
    expect(second.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.text).toBe(first.text.replaceAll(first.nonce!, second.nonce!));
    expect(second.text).toContain(`<script nonce="${second.nonce}">`);
    expect(second.text).toContain('كابل');
    expect(second.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(second.response.headers.get('set-cookie')).toBe('NEXT_LOCALE=en; Path=/; SameSite=lax');
  });

  it('keeps a compressed page decompressed, and compresses it again only for a reader who accepts gzip', async () => {
    // fetch() always asks for gzip; these ask as a client that says what it accepts, or nothing.
    const raw = (acceptEncoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get(`${base}/en/zipped`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const nonce = (headers: http.IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(headers['content-security-policy']))![1]!;

    const first = await raw('gzip');
    expect(first.headers['content-encoding']).toBe('gzip');
    const firstText = gunzipSync(first.body).toString();

    const plain = await raw();
    expect(plain.headers[PAGE_CACHE_HEADER.toLowerCase()]).toBe('hit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(firstText.replaceAll(nonce(first.headers), nonce(plain.headers)));

    const zipped = await raw('br, gzip');
    expect(zipped.headers[PAGE_CACHE_HEADER.toLowerCase()]).toBe('hit');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(zipped.body).toString()).toBe(firstText.replaceAll(nonce(first.headers), nonce(zipped.headers)));

    const refused = await raw('gzip;q=0, identity');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(renders).toEqual(['/en/zipped']);
  });

  it('has readers who ask for a page while it is being rendered wait for that render', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => get('/en/slow')));
    expect(renders).toEqual(['/en/slow']);
    expect(answers.map((a) => a.hit)).toEqual([false, true, true]);
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(3);
    for (const a of answers) expect(a.text).toBe(`<script nonce="${a.nonce}"></script><p>slow</p>`);
  });

  it('has the waiting readers render for themselves when that render is not one to keep', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => fetch(`${base}/en/slow-missing`)));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
    expect(renders).toHaveLength(3);
  });

  it('renders again once the corpus version changes', async () => {
    await get('/en');
    version = `${version}+1`;
    const after = await get('/en');
    expect(after.hit).toBe(false);
    expect(after.text).toContain('render 2');
    expect((await get('/en')).hit).toBe(true);
    expect(renders).toEqual(['/en', '/en']);
  });

  it('renders when the database cannot say its version', async () => {
    await get('/en');
    versionFails = true;
    const during = await get('/en');
    expect(during.hit).toBe(false);
    expect(renders).toEqual(['/en', '/en']);
  });

  it('keeps answers apart by address, host and cookies', async () => {
    await get('/en');
    await get('/en?page=2');
    await get('/en', { cookie: 'NEXT_LOCALE=vi' });
    await get('/en', { 'x-forwarded-host': 'reading-room.example' });
    expect(renders).toHaveLength(4);
    expect((await get('/en', { cookie: 'NEXT_LOCALE=vi' })).hit).toBe(true);
  });

  it('never keeps or gives a page to a signed-in admin, a prefetch, an action, or a request that must read its writes', async () => {
    await get('/en');
    const requests: Record<string, string>[] = [
      { cookie: 'rr_session=abc' },
      { cookie: 'NEXT_LOCALE=en; __Host-rr_session=abc' },
      { cookie: 'NEXT_LOCALE=en; rr-read-primary=1' },
      { rsc: '1', 'next-router-prefetch': '1' },
      { 'next-action': 'abc' },
    ];
    for (const headers of requests) expect((await get('/en', headers)).hit).toBe(false);
    expect(renders).toHaveLength(requests.length + 1);
  });

  it('keeps an in-app navigation apart from the page, and apart by the router state it was asked from', async () => {
    const fromHome = { rsc: '1', 'next-router-state-tree': '%5B%22%22%2C%7B%7D%5D' };
    const fromSearch = { rsc: '1', 'next-router-state-tree': '%5B%22%22%2C%7B%22q%22%3A1%7D%5D' };
    await get('/en/articles/a1');
    expect((await get('/en/articles/a1', fromHome)).hit).toBe(false);
    expect((await get('/en/articles/a1', fromHome)).hit).toBe(true);
    expect((await get('/en/articles/a1', fromSearch)).hit).toBe(false);
    expect((await get('/en/articles/a1')).hit).toBe(true);
    expect(renders).toHaveLength(3);
  });

  it('does not keep what is not a plain public page: errors, other cookies, other types, large answers, a part that failed, a refused listing, a 404 set below it', async () => {
    for (const path of ['/en/missing-thing', '/en/signs-in', '/en/csv', '/en/big', '/en/half-failed', '/en/busy', '/en/missing']) {
      await get(path);
      expect((await get(path)).hit, path).toBe(false);
    }
    expect(renders).toHaveLength(14);
    expect((await get('/en/missing')).response.status).toBe(404);
  });
});

describe('pageCacheKey', () => {
  const request = (url: string, method = 'GET', headers: Record<string, string> = {}) => ({ url, method, headers }) as unknown as IncomingMessage;

  it('is given for pages and the public listing and feed', () => {
    for (const url of ['/en', '/fa?q=U.S.', '/en/articles/abc/slug', '/en/facets/source', '/api/articles?pair=PK-US', '/api/feed']) {
      expect(pageCacheKey(request(url)), url).not.toBeNull();
    }
  });

  it('is not given for files, Next’s own paths, admin pages, other API routes, or methods other than GET', () => {
    for (const url of ['/icon.svg', '/_next/static/chunks/a.js', '/en/admin', '/en/admin/login', '/api/health', '/api/articles/export', '/api/admin/publish']) {
      expect(pageCacheKey(request(url)), url).toBeNull();
    }
    expect(pageCacheKey(request('/en', 'HEAD'))).toBeNull();
    for (const header of ['next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'x-reading-room-not-found-page', 'x-middleware-subrequest']) {
      expect(pageCacheKey(request('/en/no-such-page', 'GET', { [header]: '1' })), header).toBeNull();
    }
    expect(pageCacheKey(request('/en', 'POST'))).toBeNull();
  });
});

describe('pageCacheFromEnv', () => {
  it('keeps PAGE_CACHE_MB megabytes, entries of at most 4 MB, and nothing with 0', () => {
    expect(pageCacheFromEnv(64)?.maxBytes).toBe(64 * 1024 * 1024);
    expect(pageCacheFromEnv(8)).toEqual({ maxBytes: 8 * 1024 * 1024, maxEntryBytes: 4 * 1024 * 1024 });
    expect(pageCacheFromEnv(1)?.maxEntryBytes).toBe(1024 * 1024);
    expect(pageCacheFromEnv(0)).toBeNull();
  });
});
