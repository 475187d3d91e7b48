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

/** Each facet's own condition, or null where nothing is selected in it. */
export function facetConditions(filters: ArticleFilters): Record<Facet, Prisma.Sql | null> {
  const dates: Prisma.Sql[] = [];
  if (filters.undated) dates.push(Prisma.sql`published_at IS NULL`);
  else {
    // Written on the date key (undated = '-infinity') so that the date-ordered indexes can
    // serve the range; "to" also needs a date, as '-infinity' is before any bound.
    if (filters.from) dates.push(Prisma.sql`${DATE_KEY} >= ${filters.from}::date`);
    if (filters.to) dates.push(Prisma.sql`${DATE_KEY} <= ${filters.to}::date AND published_at IS NOT NULL`);
  }
  return {
    pair: filters.pairs.length > 0 ? oneOf(Prisma.sql`pair_key`, filters.pairs) : null,
    language: filters.languages.length > 0 ? oneOf(Prisma.sql`language`, filters.languages) : null,
    country: filters.countries.length > 0 ? Prisma.sql`countries_mentioned && ${filters.countries}::text[]` : null,
    source: filters.sources.length > 0 ? oneOf(Prisma.sql`source`, filters.sources) : null,
    date: dates.length > 0 ? Prisma.join(dates, ' AND ') : null,
  };
}

/** Articles with a translation whose search keys match `query` (a tsquery expression). */
function translationMatches(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT article_id FROM article_translation WHERE article_translation.search_folded @@ ${query})`;
}

/**
 * What every view asks of an article whatever its facets: published, and the search text if any.
 * The words must all match in one text, the article's own or one of its translations; an excluded
 * word leaves the article out wherever it appears, in the article or in a translation. The
 * translations' matches are gathered first into an array of ids: `id = ANY(array)` is an index
 * condition, so PostgreSQL can OR the primary key's bitmap with the article's own search index,
 * where `OR EXISTS (…)` would make it read every article's search keys.
 */
export function baseClause(filters: ArticleFilters): Prisma.Sql {
  const search = searchQueries(filters);
  if (!search) return Prisma.sql`status = 'published'`;
  const conditions = [Prisma.sql`status = 'published'`];
  if (search.wanted) {
    const wanted = Prisma.sql`to_tsquery('simple', ${search.wanted})`;
    conditions.push(Prisma.sql`(search_folded @@ ${wanted} OR id = ANY(${translationMatches(wanted)}))`);
  }
  if (search.unwanted) {
    const unwanted = Prisma.sql`to_tsquery('simple', ${search.unwanted})`;
    conditions.push(Prisma.sql`NOT (search_folded @@ ${unwanted}) AND id <> ALL(${translationMatches(unwanted)})`);
  }
  return Prisma.join(conditions, ' AND ');
}

/**
 * The SQL condition for a set of filters. A facet's counts leave out its own filter (`except`) and
 * respect all the others, so the analyst sees what choosing another value would give.
 */
export function whereClause(filters: ArticleFilters, except?: Facet): Prisma.Sql {
  const conditions = [baseClause(filters)];
  for (const [facet, condition] of Object.entries(facetConditions(filters))) {
    if (condition && facet !== except) conditions.push(condition);
  }
  return Prisma.join(conditions, ' AND ');
}

export interface SearchQueries {
  /** The whole query over the folded and the exact keys, for ranking. */
  folded: string;
  exact: string;
  /** Over the folded keys: what must match (null when only exclusions were typed)... */
  wanted: string | null;
  /** ...and what must not, any of it (null when nothing is excluded). */
  unwanted: string | null;
  words: Set<string>;
}

/**
 * The tsqueries for the filters' search text and the words to highlight, or null when there is
 * nothing to search for.
 */
export function searchQueries(filters: ArticleFilters): SearchQueries | null {
  if (!filters.q) return null;
  const query = parseQuery(filters.q);
  if (query.groups.length === 0 && query.excluded.length === 0) return null;
  return {
    folded: toTsQuery(query, 'folded'),
    exact: toTsQuery(query, 'exact'),
    wanted: query.groups.length > 0 ? toTsQuery({ groups: query.groups, excluded: [] }, 'folded') : null,
    unwanted: query.excluded.length > 0 ? toTsQuery({ groups: [query.excluded], excluded: [] }, 'folded') : null,
    words: highlightWords(query),
  };
}
