import { Prisma } from '../db/generated/client';
import { highlightWords, parseQuery, toTsQuery } from '../search/query';
import type { ArticleFilters } from './filters';

/** The date order's leading key, as the indexes have it (see the keyset migration). */
export const DATE_KEY = Prisma.sql`coalesce(published_at, '-infinity'::date)`;

export type Facet = 'pair' | 'language' | 'country' | 'source' | 'date';

/**
 * `column` equal to one of `values`. A single value is written as an equality: then the index on
 * (pair_key, date key) hands rows over in date order and a page stops after twenty, where
 * `= ANY(array)` makes PostgreSQL read the whole pair and sort it.
 */
function oneOf(column: Prisma.Sql, values: string[]): Prisma.Sql {
  return values.length === 1 ? Prisma.sql`${column} = ${values[0]}` : Prisma.sql`${column} = ANY(${values}::text[])`;
}

/**
 * The SQL condition for a set of filters. A facet's counts leave out its own filter (`except`) and
 * respect all the others, so the analyst sees what choosing another value would give.
 */
export function whereClause(filters: ArticleFilters, except?: Facet): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`status = 'published'`];
  const search = searchQueries(filters);
  if (search) conditions.push(Prisma.sql`search_folded @@ to_tsquery('simple', ${search.folded})`);
  if (except !== 'pair' && filters.pairs.length > 0) {
    conditions.push(oneOf(Prisma.sql`pair_key`, filters.pairs));
  }
  if (except !== 'language' && filters.languages.length > 0) {
    conditions.push(oneOf(Prisma.sql`language`, filters.languages));
  }
  if (except !== 'country' && filters.countries.length > 0) {
    conditions.push(Prisma.sql`countries_mentioned && ${filters.countries}::text[]`);
  }
  if (except !== 'source' && filters.sources.length > 0) {
    conditions.push(oneOf(Prisma.sql`source`, filters.sources));
  }
  if (except !== 'date') {
    if (filters.undated) conditions.push(Prisma.sql`published_at IS NULL`);
    // Written on the date key (undated = '-infinity') so that the date-ordered indexes can
    // serve the range; "to" also needs a date, as '-infinity' is before any bound.
    if (filters.from && !filters.undated) conditions.push(Prisma.sql`${DATE_KEY} >= ${filters.from}::date`);
    if (filters.to && !filters.undated) {
      conditions.push(Prisma.sql`${DATE_KEY} <= ${filters.to}::date AND published_at IS NOT NULL`);
    }
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
