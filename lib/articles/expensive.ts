import { exactCountAllowed, type ArticleFilters } from './filters';
import { PAGE_SIZE } from './list';
import { expensiveAtOnce } from '../db/expensive-work';
import { readStatementTimeoutMs } from '../db/read-timeout';

/**
 * Work whose cost grows with the collection rather than with the page: an exact count, an export,
 * a search made only of exclusions (tested on nearly every article), a page reached by skipping
 * many rows. Each can keep a core busy for seconds at a million articles, so only a few run at
 * once in a process; the rest are turned away at once rather than queued, since a queue of them
 * would hold connections and make every reader wait.
 */

/** Rows skipped past which a numbered page counts as expensive: its offset is read and thrown away. */
const DEEP_OFFSET = 10 * PAGE_SIZE;

export type Work = 'list' | 'export';

/** Whether answering these filters is expensive work (see above). */
export function isExpensive(filters: ArticleFilters, work: Work): boolean {
  if (work === 'export' || filters.exactCounts) return true;
  if (filters.q !== null && !exactCountAllowed(filters.q)) return true;
  return filters.cursor === null && (filters.page - 1) * PAGE_SIZE >= DEEP_OFFSET;
}

// One count per process, shared through globalThis: route handlers and pages may be separate module copies.
const globalForSlots = globalThis as unknown as { readingRoomExpensiveRunning?: { n: number } };
const running = (globalForSlots.readingRoomExpensiveRunning ??= { n: 0 });

/** Whether every slot for expensive work is taken now. */
export function expensiveSlotsFull(limit = expensiveAtOnce()): boolean {
  return running.n >= limit;
}

/**
 * A slot for expensive work, or null when the process already runs as many as it allows.
 * The caller must call the returned release exactly once, when its work is done.
 */
export function takeExpensiveSlot(limit = expensiveAtOnce()): (() => void) | null {
  if (expensiveSlotsFull(limit)) return null;
  running.n += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    running.n -= 1;
  };
}

/**
 * When to ask again, in seconds: by then each running statement has finished or been stopped by
 * the read pool's statement timeout.
 */
export function retryAfterSeconds(): number {
  return Math.ceil(readStatementTimeoutMs() / 1000);
}

/** What a machine endpoint says when it turns expensive work away. */
export const BUSY =
  'Too many expensive requests (exact counts, exports, searches made only of exclusions, or pages far from the first) are running right now, so this one was not started. Try again after the number of seconds in Retry-After, or make it cheaper: add a word to find, leave out count=exact, or page with the after= cursor.';
