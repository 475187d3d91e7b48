import { filtersToSearchParams, slugify } from '@/lib/articles';
import { parseApiFilters } from '@/lib/articles/api-filters';
import { exportArticles } from '@/lib/articles/export';
import type { ArticleFilters } from '@/lib/articles/filters';
import { boundedAnswer } from '@/lib/articles/too-expensive';
import { atomFeed } from '@/lib/export/atom';
import { stripBidiControls } from '@/lib/ingest/text';
import { getPathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';
import { apiError } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

const ENTRIES = 50;

/** An Atom feed of the newest articles for any reading-room filter, e.g. `?pair=PK-US`. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseApiFilters(url.searchParams);
  if ('error' in parsed) return apiError(400, parsed.error);
  const filters = parsed.filters;
  // Fifty newest entries: a list's work, not an export's.
  return boundedAnswer(request, filters, 'list', () => feedAnswer(filters));
}

async function feedAnswer(filters: ArticleFilters): Promise<Response> {
  const origin = await siteOrigin();
  const rows = await exportArticles({ ...filters, sort: 'date' }, ENTRIES);
  const query = filtersToSearchParams({ ...filters, page: 1 }).toString();
  const locale = routing.defaultLocale;
  // The search words come from the caller: a bidi override in them must not reorder the title.
  const described = stripBidiControls(
    [...filters.pairs, ...filters.languages, ...filters.countries, filters.q ?? ''].filter(Boolean).join(', '),
  );
  const xml = atomFeed({
    id: `${origin}/api/feed${query ? `?${query}` : ''}`,
    title: `Reading room${described ? `: ${described}` : ''}`,
    selfUrl: `${origin}/api/feed${query ? `?${query}` : ''}`,
    htmlUrl: `${origin}${getPathname({ href: '/', locale })}${query ? `?${query}` : ''}`,
    updated: rows.reduce((latest, row) => (row.createdAt > latest ? row.createdAt : latest), new Date(0).toISOString()),
    entries: rows.map((row) => {
      const path = getPathname({ href: `/articles/${row.id}/${encodeURIComponent(slugify(row.title))}`, locale });
      return {
        id: `${origin}${getPathname({ href: `/articles/${row.id}`, locale })}`,
        title: row.title,
        url: `${origin}${path}`,
        updated: row.createdAt,
        published: row.publishedAt ? `${row.publishedAt}T00:00:00Z` : null,
        summary: row.firstParagraph,
        language: row.language,
        author: row.author ?? row.source,
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-store' } });
}
