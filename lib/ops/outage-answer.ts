import type { ServerResponse } from 'node:http';
import { sendUnavailable } from './unavailable';

type Write = ServerResponse['write'];
type End = ServerResponse['end'];
type WriteHead = ServerResponse['writeHead'];

/**
 * A request already inside the app when PostgreSQL goes away fails there, and the app answers
 * 500 with its own error page. This holds any 5xx answer (status, headers and body) until
 * `isDatabaseUp` has answered: while PostgreSQL is down the reader gets the same 503 page, with
 * Retry-After, as every request that arrives during the outage; otherwise the app's answer goes
 * out unchanged, a few milliseconds later. 2xx–4xx answers are not touched.
 *
 * These wrappers stay in place and only pass calls through once the answer is released: taking
 * them out would also take out any wrapper installed after this one (the read-your-writes cookie
 * in lib/ops/server.ts) for the answer's remaining calls.
 */
export function answerOutagesWith503(res: ServerResponse, requestUrl: string, isDatabaseUp: () => Promise<boolean>): void {
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  const write = res.write as (...args: unknown[]) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders;
  let state: 'passing' | 'holding' | 'released' = 'passing';
  let heldHead: unknown[] | null = null;
  const heldChunks: unknown[][] = [];
  // A failing answer starts being held at the first call that would send something.
  const holdIfFailing = (status = res.statusCode) => {
    if (state === 'passing' && !res.headersSent && status >= 500) state = 'holding';
    return state === 'holding';
  };

  // Next flushes the headers before streaming the first chunk; a failing answer's stay unsent.
  res.flushHeaders = function (this: ServerResponse) {
    if (!holdIfFailing()) flushHeaders.call(this);
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // Also held once holding: compression writes the head itself on the first chunk.
    if (!holdIfFailing(Number(args[0]))) return writeHead.apply(this, args);
    heldHead = args;
    return this;
  } as WriteHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!holdIfFailing()) return write.apply(this, args);
    heldChunks.push(args);
    return true;
  } as Write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!holdIfFailing()) return end.apply(this, args);
    state = 'released';
    void isDatabaseUp()
      .catch(() => true)
      .then((up) => {
        if (this.destroyed) return;
        // Headers something else already sent cannot be taken back: the app's answer goes out.
        // Held calls had passed every wrapper above this one already (compression among them),
        // so they go on below it.
        if (up || this.headersSent) {
          if (heldHead) writeHead.apply(this, heldHead);
          for (const chunk of heldChunks) write.apply(this, chunk);
          end.apply(this, args);
          return;
        }
        // The app's chunks are dropped; whoever waits on one is told it is done. The 503 page is
        // written with the plain methods: the wrappers above have ended their part of the answer.
        for (const chunk of heldChunks) chunk.filter((arg): arg is () => void => typeof arg === 'function').forEach((callback) => callback());
        for (const name of this.getHeaderNames()) this.removeHeader(name);
        Object.assign(this, { writeHead, write, end, flushHeaders });
        sendUnavailable(this, requestUrl);
      })
      .catch(() => this.destroy());
    return this;
  } as End;
}
