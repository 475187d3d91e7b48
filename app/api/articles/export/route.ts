import { parseApiFilters } from '@/lib/articles/api-filters';
import { exportArticles } from '@/lib/articles/export';
import { boundedAnswer } from '@/lib/articles/too-expensive';
import { toCsv } from '@/lib/export/csv';
import { apiError } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

const HEADER = [
  'id',
  'title',
  'language',
  'published_at',
  'date_as_printed',
  'calendar',
  'source',
  'author',
  'country_pair',
  'countries_mentioned',
  'first_paragraph',
];

/** CSV of every article matching the reading room's filters (at most 10,000, newest first). */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseApiFilters(new URL(request.url).searchParams);
  if ('error' in parsed) return apiError(400, parsed.error);
  const filters = parsed.filters;
  return boundedAnswer(request, filters, 'export', async () => csvAnswer(await exportArticles(filters)));
}

function csvAnswer(rows: Awaited<ReturnType<typeof exportArticles>>): Response {
  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.id,
      r.title,
      r.language,
      r.publishedAt,
      r.dateText,
      r.calendar,
      r.source,
      r.author,
      r.countryPair?.join('-'),
      r.countriesMentioned.join(' '),
      r.firstParagraph,
    ]),
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="articles.csv"',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
