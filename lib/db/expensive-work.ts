import { AsyncLocalStorage } from 'node:async_hooks';
import { settings } from '../env';

/**
 * Expensive reads (exact counts, exports, searches made only of exclusions, deep offsets) run a few
 * at once per process (lib/articles/expensive.ts), and on connections of their own
 * (lib/db/client.ts): a pool of that many connections, without parallel workers. So they occupy at
 * most that many backends and cores, and never the connections the cheap reads wait for.
 */

/** `EXPENSIVE_REQUESTS_AT_ONCE` (lib/env.ts): half the cores unless set. */
export const expensiveAtOnce = () => settings().EXPENSIVE_REQUESTS_AT_ONCE;

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
