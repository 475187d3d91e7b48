import { AsyncLocalStorage } from 'node:async_hooks';
import os from 'node:os';

/**
 * Expensive reads (exact counts, exports, searches made only of exclusions, deep offsets) run a few
 * at once per process (lib/articles/expensive.ts), and on connections of their own
 * (lib/db/client.ts): a pool of that many connections, without parallel workers. So they occupy at
 * most that many backends and cores, and never the connections the cheap reads wait for.
 */

/**
 * Half the cores, at least one: each expensive statement keeps a core busy, and the other half is
 * left to the cheap reads, the admin and the server itself (one on a 2-core machine).
 */
export const defaultExpensiveAtOnce = (cores = os.availableParallelism()) => Math.max(1, Math.floor(cores / 2));

/** `EXPENSIVE_REQUESTS_AT_ONCE`: a whole number from 1 to 100; throws a sentence otherwise. */
export function expensiveAtOnce(value = process.env.EXPENSIVE_REQUESTS_AT_ONCE): number {
  if (value === undefined || value.trim() === '') return defaultExpensiveAtOnce();
  const n = Number(value.trim());
  if (!/^\d{1,3}$/.test(value.trim()) || n < 1 || n > 100) {
    throw new Error(`EXPENSIVE_REQUESTS_AT_ONCE must be a whole number from 1 to 100 (expensive searches, counts and exports run at once per process), got “${value}”.`);
  }
  return n;
}

// Shared through globalThis: route handlers, pages and the clients may be separate module copies.
const globalForWork = globalThis as unknown as { readingRoomExpensiveWork?: AsyncLocalStorage<true> };
const marked = (globalForWork.readingRoomExpensiveWork ??= new AsyncLocalStorage<true>());

/** Runs `work` with its reads on the expensive connections. */
export function asExpensiveWork<T>(work: () => Promise<T>): Promise<T> {
  // Awaited inside: a Prisma query is lazy, and starts (and picks its pool) when it is awaited.
  return marked.run(true, async () => await work());
}

/** Whether the current reads are expensive work. */
export function isExpensiveWork(): boolean {
  return marked.getStore() === true;
}
