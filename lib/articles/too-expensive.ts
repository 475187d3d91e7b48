import { cancelOnDisconnect } from '../db/cancel-on-disconnect';
import { asExpensiveWork } from '../db/expensive-work';
import { isStatementTimeout } from '../db/read-timeout';
import { BUSY, isExpensive, retryAfterSeconds, takeExpensiveSlot, type Work } from './expensive';
import type { ArticleFilters } from './filters';
import { listArticles } from './list';
import { pastNumberedPages, tooDeepSentence } from './page-depth';
import type { ArticleListing } from './types';
import { apiError } from '../http/api-error';

/** What a machine endpoint says when its query ran past the read pool's statement timeout. */
export const TOO_EXPENSIVE =
  'This request needed more work than one request may take, so it was stopped. Narrow it: add a word to find, or a country pair, language, country, source or date range; leave out count=exact; or try again in a moment if the service is busy.';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** No expensive work was taken on, so there is nothing to give back. */
const nothingToRelease = () => undefined;

/**
 * Runs a machine endpoint's answer within the limits on one request's work: a page past the
 * deepest numbered one is refused (400, naming the cursor); expensive work waits for no one, it is
 * turned away while the process runs as much as it allows (429 with Retry-After), and reads through
 * connections of its own (lib/db/expensive-work.ts); the request's statements
 * are cancelled if the client disconnects; a statement stopped by the read timeout becomes a 503
 * (the request was well formed and may pass when the database is less busy), not a crash.
 */
export async function boundedAnswer(
  request: Request,
  filters: ArticleFilters,
  work: Work,
  answer: () => Promise<Response>,
): Promise<Response> {
  if (pastNumberedPages(filters)) return apiError(400, tooDeepSentence(filters.page));
  const expensive = isExpensive(filters, work);
  const release = expensive ? takeExpensiveSlot() : nothingToRelease;
  if (!release) {
    return apiError(429, BUSY, {}, { 'Retry-After': String(retryAfterSeconds()) });
  }
  try {
    return await cancelOnDisconnect(request.signal, expensive ? () => asExpensiveWork(answer) : answer);
  } catch (error) {
    // Nobody is left to read an answer; 499 is what proxies log for a client that closed the request.
    if (request.signal.aborted) return new Response(null, { status: 499, headers: NO_STORE });
    if (!isStatementTimeout(error)) throw error;
    return apiError(503, TOO_EXPENSIVE, {}, { 'Retry-After': String(retryAfterSeconds()) });
  } finally {
    release();
  }
}

/** Why the reading room shows a notice instead of its listing. */
export type ListingRefused = 'too-expensive' | 'busy' | 'too-deep';

/**
 * The reading room's listing within the same limits as the machine endpoints, or why there is
 * none: its query ran past the statement timeout, too much expensive work is running, or the page
 * is past the deepest numbered one. The page says which in the reader's language; its snippets
 * come from a matching translation in that language where there is one.
 */
export function listWithinLimits(
  filters: ArticleFilters,
  readerLanguage: string | null = null,
): Promise<{ listing: ArticleListing } | { refused: ListingRefused }> {
  if (pastNumberedPages(filters)) return Promise.resolve({ refused: 'too-deep' });
  return withinLimits(filters, async () => ({ listing: await listArticles(filters, { readerLanguage }) }));
}

/** A reading-room page's read (its listing, or a facet's counts) within the limits on expensive work and the statement timeout. */
export async function withinLimits<T>(filters: ArticleFilters, read: () => Promise<T>): Promise<T | { refused: ListingRefused }> {
  const expensive = isExpensive(filters, 'list');
  const release = expensive ? takeExpensiveSlot() : nothingToRelease;
  if (!release) return { refused: 'busy' };
  try {
    return await (expensive ? asExpensiveWork(read) : read());
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return { refused: 'too-expensive' };
  } finally {
    release();
  }
}
