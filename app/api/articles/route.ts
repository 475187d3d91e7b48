import { listArticles } from '@/lib/articles';
import { parseApiFilters } from '@/lib/articles/api-filters';

export const dynamic = 'force-dynamic';

/** The reading room's view as JSON: the same parameters, items and facet counts. */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseApiFilters(new URL(request.url).searchParams);
  if ('error' in parsed) return Response.json({ error: parsed.error }, { status: 400 });
  const listing = await listArticles(parsed.filters);
  return Response.json(listing, { headers: { 'Cache-Control': 'no-store' } });
}
