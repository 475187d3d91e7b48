import type { ServerResponse } from 'node:http';

type Method = (...args: unknown[]) => unknown;

/** The response's methods as they were below the holding wrapper. */
export interface InnerMethods {
  writeHead: Method;
  write: Method;
  end: Method;
  flushHeaders: Method;
}

/** An answer held back whole (head, headers, chunks) until the app ended it. */
export interface HeldAnswer {
  /** Sends it as the app made it. */
  release(): void;
  /**
   * Drops it: whoever waits on a held chunk is told it is done, and its headers are removed. Gives
   * the methods below the wrapper to send another answer with: the wrappers above it have ended
   * their part of the answer already.
   */
  discard(): InnerMethods;
}

/**
 * Holds an answer that `shouldHold(status, headArgs)` picks, from the first call that would send
 * something, until the app ends it; then `decide` sends it or another. Next flushes the headers
 * before streaming, and its compression writes the head itself on the first chunk: both are held
 * too. Answers not picked pass untouched.
 *
 * These wrappers stay in place and only pass calls through once the answer is released: taking
 * them out would also take out any wrapper installed after this one (the read-your-writes cookie
 * in lib/ops/server.ts) for the answer's remaining calls.
 */
export function holdAnswer(
  res: ServerResponse,
  shouldHold: (status: number, headArgs: unknown[] | null) => boolean,
  decide: (held: HeldAnswer) => void,
): void {
  const inner: InnerMethods = {
    writeHead: res.writeHead as Method,
    write: res.write as Method,
    end: res.end as Method,
    flushHeaders: res.flushHeaders as Method,
  };
  let state: 'passing' | 'holding' | 'released' = 'passing';
  let heldHead: unknown[] | null = null;
  const heldChunks: unknown[][] = [];
  const holding = (status = res.statusCode, headArgs: unknown[] | null = null) => {
    if (state === 'passing' && !res.headersSent && shouldHold(status, headArgs)) state = 'holding';
    return state === 'holding';
  };

  res.flushHeaders = function (this: ServerResponse) {
    if (!holding()) inner.flushHeaders.call(this);
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding(Number(args[0]), args)) return inner.writeHead.apply(this, args);
    heldHead = args;
    return this;
  } as ServerResponse['writeHead'];
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding()) return inner.write.apply(this, args);
    heldChunks.push(args);
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding()) return inner.end.apply(this, args);
    state = 'released';
    decide({
      // Held calls had passed every wrapper above this one already (compression among them), so
      // they go on below it.
      release: () => {
        if (heldHead) inner.writeHead.apply(this, heldHead);
        for (const chunk of heldChunks) inner.write.apply(this, chunk);
        inner.end.apply(this, args);
      },
      discard: () => {
        for (const chunk of heldChunks) chunk.filter((arg): arg is () => void => typeof arg === 'function').forEach((callback) => callback());
        for (const name of this.getHeaderNames()) this.removeHeader(name);
        return inner;
      },
    });
    return this;
  } as ServerResponse['end'];
}
