import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOutagesWith503 } from './outage-answer';

let databaseUp = true;
let probes = 0;
let server: http.Server;
let base: string;

// Each path answers the way an app might: Next sets statusCode and ends, streams, or calls writeHead.
const handlers: Record<string, (res: http.ServerResponse) => void> = {
  '/en/ends': (res) => {
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('X-App', 'own page');
    res.end('<p>app error page</p>');
  },
  '/fa/ends': (res) => {
    res.statusCode = 500;
    res.end('<p>app error page</p>');
  },
  '/en/streams': (res) => {
    res.statusCode = 500;
    res.write('<p>app ');
    setTimeout(() => {
      res.write('error ');
      res.end('page</p>');
    }, 5);
  },
  '/en/flushes': (res) => {
    res.statusCode = 500;
    res.flushHeaders();
    res.write('<p>app error ');
    res.end('page</p>');
  },
  // Like Next: it flushes the headers, then its compression (which patched write after us) writes
  // the head itself before the first chunk.
  '/en/compressed': (res) => {
    const inner = res.write as (chunk: string) => boolean;
    const patched = res as unknown as { _implicitHeader: () => void; write: (chunk: string) => boolean };
    patched.write = function (chunk: string) {
      patched._implicitHeader();
      return inner.call(res, chunk);
    };
    res.statusCode = 500;
    res.flushHeaders();
    res.write('<p>app error ');
    res.end('page</p>');
  },
  '/api/head': (res) => {
    res.writeHead(502, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    res.end(gzipSync('{"error":"app"}'));
  },
  '/en/fine': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.write('all ');
    res.end('good');
  },
  '/en/missing': (res) => {
    res.statusCode = 404;
    res.end('not here');
  },
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    answerOutagesWith503(res, req.url ?? '/', async () => {
      probes += 1;
      return databaseUp;
    });
    // Installed after, as lib/ops/server.ts installs the read-your-writes cookie.
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
      this.setHeader('X-Later', 'seen');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    handlers[new URL(req.url ?? '/', 'http://x').pathname]!(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = async (path: string) => {
  const response = await fetch(base + path);
  return { status: response.status, headers: response.headers, body: await response.text() };
};

describe('a failing answer while PostgreSQL is down', () => {
  it('becomes the 503 page in the reader’s language, whichever way the app wrote it', async () => {
    databaseUp = false;
    for (const path of ['/en/ends', '/en/streams', '/en/flushes', '/en/compressed']) {
      const page = await get(path);
      expect(page.status, path).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(page.headers.get('x-app')).toBeNull();
      expect(page.body).toContain('<html lang="en" dir="ltr">');
      expect(page.body).not.toContain('app error page');
    }
    const fa = await get('/fa/ends');
    expect(fa.status).toBe(503);
    expect(fa.body).toContain('<html lang="fa-AF" dir="rtl">');
    const api = await get('/api/head');
    expect(api.status).toBe(503);
    expect(api.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(api.body)).toMatchObject({ status: 'unavailable' });
  });

  it('leaves answers that did not fail alone, without asking the database', async () => {
    databaseUp = false;
    const before = probes;
    expect(await get('/en/fine')).toMatchObject({ status: 200, body: 'all good' });
    expect(await get('/en/missing')).toMatchObject({ status: 404, body: 'not here' });
    expect(probes).toBe(before);
  });

  it('keeps wrappers installed after it in the path of the answers it lets through', async () => {
    for (const up of [true, false]) {
      databaseUp = up;
      for (const path of ['/en/fine', '/en/missing']) {
        expect((await get(path)).headers.get('x-later'), `${path}, database ${up ? 'up' : 'down'}`).toBe('seen');
      }
    }
    databaseUp = true;
    for (const path of ['/en/ends', '/en/compressed']) expect((await get(path)).headers.get('x-later'), path).toBe('seen');
  });
});

describe('a failing answer while PostgreSQL is up', () => {
  it('goes out as the app wrote it: status, headers and every chunk', async () => {
    databaseUp = true;
    const ends = await get('/en/ends');
    expect(ends).toMatchObject({ status: 500, body: '<p>app error page</p>' });
    expect(ends.headers.get('x-app')).toBe('own page');
    expect(await get('/en/streams')).toMatchObject({ status: 500, body: '<p>app error page</p>' });
    expect(await get('/en/flushes')).toMatchObject({ status: 500, body: '<p>app error page</p>' });
    expect(await get('/en/compressed')).toMatchObject({ status: 500, body: '<p>app error page</p>' });
    const api = await get('/api/head');
    expect(api.status).toBe(502);
    expect(JSON.parse(api.body)).toEqual({ error: 'app' });
  });
});
