import { listArticles } from '@/lib/articles';
import { parseApiFilters } from '@/lib/articles/api-filters';
import { nextPageQuery } from '@/lib/articles/next-page';
import { boundedAnswer } from '@/lib/articles/too-expensive';
import { apiError } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

/**
 * The reading room's view as JSON: the same parameters, items and facet counts, and `next`, the
 * query of the following page (with its keyset cursor in date order), or null on the last page.
 */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseApiFilters(new URL(request.url).searchParams);
  if ('error' in parsed) return apiError(400, parsed.error);
  const filters = parsed.filters;
  return boundedAnswer(request, filters, 'list', async () => {
    const listing = await listArticles(filters);
    return Response.json({ ...listing, next: nextPageQuery(filters, listing) }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
