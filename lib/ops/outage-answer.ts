import type { ServerResponse } from 'node:http';
import { holdAnswer } from './held-answer';
import { sendUnavailable } from './unavailable';

/**
 * A request already inside the app when PostgreSQL goes away fails there, and the app answers
 * 500 with its own error page. This holds any 5xx answer (status, headers and body) until
 * `isDatabaseUp` has answered: while PostgreSQL is down the reader gets the same 503 page, with
 * Retry-After, as every request that arrives during the outage; otherwise the app's answer goes
 * out unchanged, a few milliseconds later. 2xx–4xx answers are not touched.
 */
export function answerOutagesWith503(res: ServerResponse, requestUrl: string, isDatabaseUp: () => Promise<boolean>): void {
  holdAnswer(
    res,
    (status) => status >= 500,
    (held) => {
      void isDatabaseUp()
        .catch(() => true)
        .then((up) => {
          if (res.destroyed) return;
          // Headers something else already sent cannot be taken back: the app's answer goes out.
          if (up || res.headersSent) {
            held.release();
            return;
          }
          // The 503 page is written with the methods below the wrapper.
          Object.assign(res, held.discard());
          sendUnavailable(res, requestUrl);
        })
        .catch(() => res.destroy());
    },
  );
}
