import { Prisma } from '../db/generated/client';
import { highlightWords, parseQuery, toTsQuery } from '../search/query';
import type { ArticleFilters } from './filters';

export type Facet = 'pair' | 'language' | 'country' | 'source' | 'date';

/**
 * The SQL condition for a set of filters. A facet's counts leave out its own filter (`except`) and
 * respect all the others, so the analyst sees what choosing another value would give.
 */
export function whereClause(filters: ArticleFilters, except?: Facet): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`status = 'published'`];
  const search = searchQueries(filters);
  if (search) conditions.push(Prisma.sql`search_folded @@ to_tsquery('simple', ${search.folded})`);
  if (except !== 'pair' && filters.pairs.length > 0) {
    conditions.push(Prisma.sql`pair_key = ANY(${filters.pairs}::text[])`);
  }
  if (except !== 'language' && filters.languages.length > 0) {
    conditions.push(Prisma.sql`language = ANY(${filters.languages}::text[])`);
  }
  if (except !== 'country' && filters.countries.length > 0) {
    conditions.push(Prisma.sql`countries_mentioned && ${filters.countries}::text[]`);
  }
  if (except !== 'source' && filters.sources.length > 0) {
    conditions.push(Prisma.sql`source = ANY(${filters.sources}::text[])`);
  }
  if (except !== 'date') {
    if (filters.undated) conditions.push(Prisma.sql`published_at IS NULL`);
    if (filters.from && !filters.undated) conditions.push(Prisma.sql`published_at >= ${filters.from}::date`);
    if (filters.to && !filters.undated) conditions.push(Prisma.sql`published_at <= ${filters.to}::date`);
  }
  return Prisma.join(conditions, ' AND ');
}

/**
 * The tsqueries for the filters' search text and the words to highlight, or null when there is
 * nothing to search for.
 */
export function searchQueries(filters: ArticleFilters): { folded: string; exact: string; words: Set<string> } | null {
  if (!filters.q) return null;
  const query = parseQuery(filters.q);
  if (query.groups.length === 0 && query.excluded.length === 0) return null;
  return { folded: toTsQuery(query, 'folded'), exact: toTsQuery(query, 'exact'), words: highlightWords(query) };
}
