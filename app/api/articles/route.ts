import { listArticles } from '@/lib/articles';
import { parseApiFilters } from '@/lib/articles/api-filters';
import { unlessTooExpensive } from '@/lib/articles/too-expensive';

export const dynamic = 'force-dynamic';

/** The reading room's view as JSON: the same parameters, items and facet counts. */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseApiFilters(new URL(request.url).searchParams);
  if ('error' in parsed) return Response.json({ error: parsed.error }, { status: 400 });
  const filters = parsed.filters;
  return unlessTooExpensive(async () => Response.json(await listArticles(filters), { headers: { 'Cache-Control': 'no-store' } }));
}
