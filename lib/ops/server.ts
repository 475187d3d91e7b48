import http from 'node:http';
import next from 'next';
import { refuseBusyExpensiveRead } from '../articles/busy-early';
import { readsPrimary } from '../db/read-primary';
import { checkSettings } from '../env';
import { clientAddressOf } from '../security/client-address';
import { hasMalformedPercentEncoding } from '../security/url';
import { sendBadAddress } from './bad-address';
import { databaseState } from './database-state';
import { sendUnavailable } from './unavailable';

export interface ServerOptions {
  port: number;
  hostname: string;
  dir?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * The production server: Next's request handler, with a few jobs done on the request before Next
 * sees it. Answers are Next's own, untouched: the outage page, the not-found page, shared-page
 * validators and the read-primary cookie all come from proxy.ts, and so work the same under
 * `npm run dev`. What stays here needs the raw request, or must run before Next routes it:
 * - X-Forwarded-For is replaced by the one address the trusted proxies vouch for
 *   (lib/security/client-address.ts), since Next keeps whatever a client wrote there;
 * - a query string whose percent-encoding does not decode gets a 400 (Next fails on it before
 *   the proxy runs);
 * - a machine endpoint asking for expensive work while every slot is taken gets its 429 without
 *   the milliseconds of Next's routing (lib/articles/busy-early.ts);
 * - each request runs in a read context saying whether it reads from the primary
 *   (lib/db/read-primary.ts), which the database client reads to choose a replica.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? console.log;
  // Bad settings stop the start with their sentence, before anything listens.
  const { TRUSTED_PROXY_HOPS: proxyHops } = checkSettings(process.env, { serving: true });
  // Next builds each request's URL from this hostname, and a middleware rewrite to another origin
  // is proxied over HTTP. Its URL class writes a loopback address as "localhost", so with
  // 127.0.0.1 here every /fa page (rewritten to /fa-AF by next-intl) was proxied to this same
  // server: two requests for one page, and under load an occasional "socket hang up" 500.
  const loopback = ['127.0.0.1', '::1', '[::1]', 'localhost'].includes(options.hostname);
  const app = next({
    dev: false,
    dir: options.dir ?? process.cwd(),
    hostname: loopback ? 'localhost' : options.hostname,
    port: options.port,
  });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    req.headers['x-forwarded-for'] = clientAddressOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, proxyHops);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    // The query string only: the proxy answers a broken path, in development too.
    const query = (req.url ?? '').indexOf('?');
    if (query >= 0 && hasMalformedPercentEncoding(req.url!.slice(query))) {
      sendBadAddress(res, pathname);
      return;
    }
    if (refuseBusyExpensiveRead(req, res)) return;
    const primary = readsPrimary(req.method ?? 'GET', req.headers.cookie);
    databaseState().readContext.run({ primary }, () => {
      handle(req, res).catch((error: unknown) => {
        log(`Request ${req.method} ${pathname} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        if (!res.headersSent) sendUnavailable(res, req.url ?? '/');
        else res.end();
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  return {
    url: `http://${options.hostname}:${options.port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
