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
 */
export function answerOutagesWith503(res: ServerResponse, requestUrl: string, isDatabaseUp: () => Promise<boolean>): void {
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  const write = res.write as (...args: unknown[]) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders;
  let heldHead: unknown[] | null = null;
  let heldChunks: unknown[][] | null = null;
  const failing = (status = res.statusCode) => status >= 500;

  const restore = () => {
    res.writeHead = writeHead as WriteHead;
    res.write = write as Write;
    res.end = end as End;
    res.flushHeaders = flushHeaders;
  };
  // Next flushes the headers before streaming the first chunk; a failing answer's stay unsent.
  res.flushHeaders = function (this: ServerResponse) {
    if (heldChunks === null && !this.headersSent && failing()) heldChunks = [];
    if (heldChunks === null) flushHeaders.call(this);
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // Held when failing, and also once holding: compression writes the head on the first chunk.
    if (heldChunks !== null || (!this.headersSent && failing(Number(args[0])))) {
      heldHead = args;
      heldChunks ??= [];
      return this;
    }
    return writeHead.apply(this, args);
  } as WriteHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (heldChunks === null && !this.headersSent && failing()) heldChunks = [];
    if (heldChunks === null) return write.apply(this, args);
    heldChunks.push(args);
    return true;
  } as Write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (heldChunks === null && !this.headersSent && failing()) heldChunks = [];
    if (heldChunks === null) {
      restore();
      return end.apply(this, args);
    }
    const chunks = heldChunks;
    const head = heldHead;
    restore();
    const sendAsWritten = () => {
      if (head) writeHead.apply(this, head);
      for (const chunk of chunks) write.apply(this, chunk);
      end.apply(this, args);
    };
    void isDatabaseUp()
      .catch(() => true)
      .then((up) => {
        if (this.destroyed) return;
        // Headers something else already sent cannot be taken back: the app's answer goes out.
        if (up || this.headersSent) {
          sendAsWritten();
          return;
        }
        // The app's chunks are dropped; whoever waits on one is told it is done.
        for (const chunk of chunks) chunk.filter((arg): arg is () => void => typeof arg === 'function').forEach((callback) => callback());
        for (const name of this.getHeaderNames()) this.removeHeader(name);
        sendUnavailable(this, requestUrl);
      })
      .catch(() => this.destroy());
    return this;
  } as End;
}
