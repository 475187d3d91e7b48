import type { IncomingMessage, ServerResponse } from 'node:http';
import { settings } from '../env';
import security from '../security/headers.json';
import { parseApiFilters } from './api-filters';
import { BUSY, expensiveSlotsFull, isExpensive, retryAfterSeconds, type Work } from './expensive';
import { pastNumberedPages } from './page-depth';

const MACHINE_READS: Record<string, Work> = { '/api/articles': 'list', '/api/feed': 'list', '/api/articles/export': 'export' };

/**
 * Answers the 429 a machine endpoint would give (lib/articles/too-expensive.ts), before Next
 * routes the request, when it asks for expensive work and every slot for it is taken. Routing a
 * request through Next costs milliseconds of the one event loop; a burst of dozens of them made
 * a health check or a reader's page wait their turn for more than a second. Anything else
 * (a slot is free, a bad parameter, cheap work) goes on to Next, which decides again.
 * Returns whether it answered.
 */
export function refuseBusyExpensiveRead(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !expensiveSlotsFull()) return false;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const work = MACHINE_READS[url.pathname];
  if (!work) return false;
  const parsed = parseApiFilters(url.searchParams);
  if ('error' in parsed || pastNumberedPages(parsed.filters) || !isExpensive(parsed.filters, work)) return false;
  // Sent without Next, so with the headers next.config.js gives every response.
  for (const { key, value } of [...security.everyResponse, ...(settings().NODE_ENV === 'production' ? security.production : [])])
    res.setHeader(key, value);
  res.writeHead(429, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': String(retryAfterSeconds()),
    'Content-Security-Policy': security.nonPagePolicy,
  });
  res.end(JSON.stringify({ error: BUSY }));
  return true;
}
