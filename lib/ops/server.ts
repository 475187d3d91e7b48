import http from 'node:http';
import next from 'next';
import { refuseBusyExpensiveRead } from '../articles/busy-early';
import { corpusVersion } from '../articles/corpus-version';
import { replicaUrls } from '../db/client';
import { isMissingPagePath } from '../i18n/missing-page';
import { checkSettings } from '../env';
import { clientAddressOf } from '../security/client-address';
import { hasMalformedPercentEncoding } from '../security/url';
import { sendBadAddress } from './bad-address';
import { startDatabaseMonitor } from './database-monitor';
import { databaseState } from './database-state';
import { answerMissingPageWith404, answerNotFoundWithPage, fetchMissingPageFrom, type FetchMissingPage } from './not-found-answer';
import { answerOutagesWith503 } from './outage-answer';
import { createPageCache, pageCacheFromEnv } from './page-cache';
import { sendUnavailable } from './unavailable';

export interface ServerOptions {
  port: number;
  hostname: string;
  databaseUrl: string;
  dir?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** After a write, this browser reads from the primary for this long, so it sees what it wrote. */
const READ_PRIMARY_COOKIE = 'rr-read-primary';

// Static files need no database and keep the 503 page's fonts and scripts loading.
const needsNoDatabase = (pathname: string) => pathname.startsWith('/_next/static/') || /\.[a-z0-9]+$/i.test(pathname);

/**
 * The production server: Next's request handler behind two checks that `next start` cannot make.
 * While PostgreSQL is down (lib/ops/database-monitor.ts) every page answers a clean 503 at once
 * instead of waiting on the pool and rendering an error; when it answers again, requests flow
 * again with no restart. With read replicas, a browser that has just written (any non-GET
 * request) reads from the primary for a few seconds.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? console.log;
  // Bad settings stop the start with their sentence, before anything listens.
  const { TRUSTED_PROXY_HOPS: proxyHops, READ_PRIMARY_AFTER_WRITE_SECONDS: readPrimarySeconds } = checkSettings(process.env, { serving: true });
  // Next builds each request's URL from this hostname, and a middleware rewrite to another origin
  // is proxied over HTTP. Its URL class writes a loopback address as "localhost", so with
  // 127.0.0.1 here every /fa page (rewritten to /fa-AF by next-intl) was proxied to this same
  // server: two requests for one page, and under load an occasional "socket hang up" 500.
  const loopback = ['127.0.0.1', '::1', '[::1]', 'localhost'].includes(options.hostname);
  const app = next({ dev: false, dir: options.dir ?? process.cwd(), hostname: loopback ? 'localhost' : options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const monitor = startDatabaseMonitor(options.databaseUrl, { log });
  const withReplicas = replicaUrls().length > 0;
  const pageCacheSettings = pageCacheFromEnv();
  // The version is read in the request's read context, so from the replica its page is read from.
  const pageCache = pageCacheSettings ? createPageCache(pageCacheSettings, corpusVersion) : null;
  // Set once listening: the not-found page is asked of this server itself.
  let fetchMissingPage: FetchMissingPage = () => Promise.reject(new Error('not listening yet'));

  const server = http.createServer((req, res) => {
    // Next keeps an X-Forwarded-For it receives, whoever wrote it: it is replaced by the one address
    // the trusted proxies vouch for (lib/security/client-address.ts), which the throttle reads.
    req.headers['x-forwarded-for'] = clientAddressOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, proxyHops);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    // The query string only: the proxy answers a broken path, in development too.
    const query = (req.url ?? '').indexOf('?');
    if (query >= 0 && hasMalformedPercentEncoding(req.url!.slice(query))) {
      sendBadAddress(res, pathname);
      return;
    }
    if (!databaseState().up && !needsNoDatabase(pathname)) {
      sendUnavailable(res, req.url ?? '/');
      return;
    }
    if (refuseBusyExpensiveRead(req, res)) return;
    // A 5xx may be the first sign of an outage: it waits for a probe, and becomes the 503 page if
    // PostgreSQL is down.
    answerOutagesWith503(res, req.url ?? '/', () => databaseState().checkNow());
    // A 404 page is sent as HTML that needs no JavaScript (lib/ops/not-found-answer.ts).
    if (isMissingPagePath(pathname)) answerMissingPageWith404(res);
    else answerNotFoundWithPage(req, res, fetchMissingPage);
    const wrote = req.method !== 'GET' && req.method !== 'HEAD';
    if (withReplicas && wrote) {
      const writeHead = res.writeHead;
      let marked = false;
      res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
        // Next's compression may call writeHead twice for one response; one cookie is enough.
        if (!marked) this.appendHeader('Set-Cookie', `${READ_PRIMARY_COOKIE}=1; Max-Age=${readPrimarySeconds}; Path=/; HttpOnly; SameSite=Lax`);
        marked = true;
        return writeHead.apply(this, args);
      } as typeof writeHead;
    }
    const primary = wrote || (req.headers.cookie ?? '').split(/;\s*/).includes(`${READ_PRIMARY_COOKIE}=1`);
    const render = () => {
      handle(req, res).catch((error: unknown) => {
        log(`Request ${req.method} ${pathname} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        if (!res.headersSent) sendUnavailable(res, req.url ?? '/');
        else res.end();
      });
    };
    databaseState().readContext.run({ primary }, () => (pageCache ? pageCache.serve(req, res, render) : render()));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const address = server.address();
  if (address && typeof address === 'object') {
    const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
    fetchMissingPage = fetchMissingPageFrom(`http://${host}:${address.port}`);
  }
  return {
    url: `http://${options.hostname}:${options.port}`,
    close: async () => {
      monitor.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
