import { isStatementTimeout } from '../db/read-timeout';
import type { ArticleFilters } from './filters';
import { listArticles } from './list';
import type { ArticleListing } from './types';

/** What a machine endpoint says when its query ran past the read pool's statement timeout. */
export const TOO_EXPENSIVE =
  'This request needed more work than one request may take, so it was stopped. Narrow it: add a word to find, or a country pair, language, country, source or date range; leave out count=exact; or try again in a moment if the service is busy.';

/**
 * Runs an endpoint's answer; a statement stopped by the read timeout becomes a 503 with that
 * sentence (the request was well formed; it may pass when the database is less busy), not a crash.
 */
export async function unlessTooExpensive(answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return Response.json({ error: TOO_EXPENSIVE }, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } });
  }
}

/** The reading room's listing, or null when its query ran past the statement timeout (the page says so). */
export async function listUnlessTooExpensive(filters: ArticleFilters): Promise<ArticleListing | null> {
  try {
    return await listArticles(filters);
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return null;
  }
}
