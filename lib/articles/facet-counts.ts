import { readDb } from '../db/client';
import { solarMonthKey } from '../i18n/solar-hijri';
import { Prisma } from '../db/generated/client';
import { countKey } from './count-cache';
import { VersionedCache } from './versioned-cache';
import { CORPUS_VERSION, corpusVersion, KEPT_SEARCHES } from './corpus-version';
import type { ArticleFilters } from './filters';
import {
  DEFAULT_SAMPLING,
  estimateFromSample,
  inSample,
  MIN_SAMPLED_VIEW,
  PROBE_BUCKETS,
  probeEstimate,
  sampleBuckets,
  type Sampling,
} from './search-sample';
import type { FacetValue } from './types';
import { VALUE_FACETS, type ValueFacet } from './value-facets';
import { baseClause, facetConditions, whereClause, type Facet } from './where';

export interface FacetCounts {
  total: number;
  pairs: FacetValue[];
  languages: FacetValue[];
  countries: FacetValue[];
  sources: FacetValue[];
  /** Per `YYYY-MM`, with `null` for articles without a known date. */
  months: { month: string | null; count: number }[];
  /** Set when the counts are estimated from a sample of a search's matches (lib/articles/search-sample.ts). */
  approximate: boolean;
}

/** Where the counts come from: `auto` reads facet_count wherever that gives the exact answer. */
export type CountSource = 'auto' | 'table';

/** The facets whose values are also scopes of facet_count (see its migration). */
type ScopeFacet = 'pair' | 'language';
const SCOPE_FACETS: readonly ValueFacet[] = ['pair', 'language'];

/**
 * A part of facet_count: the rows of `facet` with one of `values`, within one of `scopes` (''
 * for the whole collection, 'pair:PK-US', 'language:vi').
 */
interface Slice {
  scopes: string[];
  facet: 'all' | 'language' | 'source' | 'country';
  values: string[];
}

function selected(filters: ArticleFilters, facet: ValueFacet): string[] {
  return { pair: filters.pairs, language: filters.languages, country: filters.countries, source: filters.sources }[facet];
}

const scopesOf = (facet: ScopeFacet, values: string[]) => values.map((v) => `${facet}:${v}`);

/**
 * The ways facet_count can hold exactly the articles matching the filters' selections (leaving
 * out `except`'s). It keeps each facet alone, and each facet within each pair and each language,
 * so at most two facets can be selected and one of them must be a pair or a language. An article
 * mentioning two of several selected countries would be counted twice, so only one country may
 * be. Pairs, languages and sources are one per article: several selected values simply add up.
 */
export function slicesFor(filters: ArticleFilters, except?: ValueFacet): Slice[] {
  if (filters.q) return [];
  const active = VALUE_FACETS.filter((f) => f !== except && selected(filters, f).length > 0);
  if (active.length > 2) return [];
  if (filters.countries.length > 1 && active.includes('country')) return [];
  if (active.length === 0) return [{ scopes: [''], facet: 'all', values: [''] }];
  const slices: Slice[] = [];
  for (const scope of active.filter((f): f is ScopeFacet => SCOPE_FACETS.includes(f))) {
    const scopes = scopesOf(scope, selected(filters, scope));
    const other = active.find((f) => f !== scope);
    if (!other) slices.push({ scopes, facet: 'all', values: [''] });
    else if (other !== 'pair') slices.push({ scopes, facet: other, values: selected(filters, other) });
  }
  const [only] = active;
  if (active.length === 1 && only !== 'pair') slices.push({ scopes: [''], facet: only!, values: selected(filters, only!) });
  return slices;
}

const isFirstOfMonth = (iso: string) => iso.endsWith('-01');

function isLastOfMonth(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

const yearMonth = (iso: string) => Number(iso.slice(0, 4)) * 100 + Number(iso.slice(5, 7));

/**
 * The date filter as a condition on facet_count.month, or null when its bounds cut through a month
 * (facet_count cannot split a month, so such a range is counted from the articles themselves).
 */
export function monthCondition(filters: ArticleFilters): Prisma.Sql | null {
  if (filters.undated) return Prisma.sql`month = 0`;
  if (!filters.from && !filters.to) return Prisma.sql`month = -1`;
  if (filters.from && !isFirstOfMonth(filters.from)) return null;
  if (filters.to && !isLastOfMonth(filters.to)) return null;
  const conditions = [Prisma.sql`month > 0`];
  if (filters.from) conditions.push(Prisma.sql`month >= ${yearMonth(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`month <= ${yearMonth(filters.to)}`);
  return Prisma.join(conditions, ' AND ');
}

function inSlice(slice: Slice): Prisma.Sql {
  return Prisma.sql`facet = ${slice.facet} AND scope = ANY(${slice.scopes}::text[]) AND value = ANY(${slice.values}::text[])`;
}

const COLUMN: Record<Exclude<ValueFacet, 'country'>, Prisma.Sql> = {
  pair: Prisma.sql`pair_key`,
  language: Prisma.sql`language`,
  source: Prisma.sql`source`,
};

function valuesFromTable(filters: ArticleFilters, facet: ValueFacet) {
  const where = whereClause(filters, facet);
  if (facet === 'country') {
    // unnest in the select list, not as a joined function: the join puts a Memoize keyed on each
    // row's array in front of it, which cost 25 µs a row (7.5 s for a common word at 1M articles).
    return readDb().$queryRaw<FacetValue[]>`SELECT country AS value, count(*)::int AS count
      FROM (SELECT unnest(countries_mentioned) AS country FROM article WHERE ${where}) AS mentions
      GROUP BY country ORDER BY count DESC, value`;
  }
  const column = COLUMN[facet];
  return readDb().$queryRaw<FacetValue[]>`SELECT ${column} AS value, count(*)::int AS count FROM article
    WHERE ${where} AND ${column} IS NOT NULL GROUP BY 1 ORDER BY count DESC, value`;
}

function facetValues(filters: ArticleFilters, facet: ValueFacet, from: CountSource) {
  const slices = from === 'auto' ? slicesFor(filters, facet) : [];
  const months = monthCondition(filters);
  if (!months) return valuesFromTable(filters, facet);
  // Counted as a facet within the selection's scopes...
  const within = facet !== 'pair' && slices.find((s) => s.facet === 'all');
  if (within) {
    return readDb().$queryRaw<FacetValue[]>`SELECT value, sum(count)::int AS count FROM facet_count
      WHERE facet = ${facet} AND scope = ANY(${within.scopes}::text[]) AND ${months}
      GROUP BY value HAVING sum(count) > 0 ORDER BY count DESC, value`;
  }
  // ...or as the scopes themselves, for the selection's rows across the whole collection.
  const across = SCOPE_FACETS.includes(facet) && slices.find((s) => s.scopes.length === 1 && s.scopes[0] === '');
  if (across) {
    const prefix = `${facet}:`;
    return readDb().$queryRaw<FacetValue[]>`SELECT substr(scope, ${prefix.length + 1}) AS value, sum(count)::int AS count
      FROM facet_count
      WHERE facet = ${across.facet} AND value = ANY(${across.values}::text[]) AND starts_with(scope, ${prefix}) AND ${months}
      GROUP BY scope HAVING sum(count) > 0 ORDER BY count DESC, value`;
  }
  return valuesFromTable(filters, facet);
}

async function months(filters: ArticleFilters, from: CountSource) {
  const [slice] = from === 'auto' ? slicesFor(filters) : [];
  if (!slice) {
    return readDb().$queryRaw<{ month: string | null; count: number }[]>`SELECT to_char(published_at, 'YYYY-MM') AS month,
      count(*)::int AS count FROM article WHERE ${whereClause(filters, 'date')} GROUP BY 1`;
  }
  const rows = await readDb().$queryRaw<{ month: number; count: number }[]>`SELECT month, sum(count)::int AS count
    FROM facet_count WHERE ${inSlice(slice)} AND month >= 0 GROUP BY month HAVING sum(count) > 0`;
  return rows.map(({ month, count }) => ({
    month: month === 0 ? null : `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`,
    count,
  }));
}

/**
 * The view's dated articles per Solar Hijri month (`YYYY-MM`), from facet_count's Solar keys (see
 * the solar_month_counts migration), or null when facet_count cannot hold the view exactly. Like
 * the Gregorian months, the view's own date range is left aside.
 */
export async function solarMonthsFromTable(filters: ArticleFilters): Promise<Map<string, number> | null> {
  const [slice] = slicesFor(filters);
  if (!slice) return null;
  const rows = await readDb().$queryRaw<{ month: number; count: number }[]>`SELECT -month AS month, sum(count)::int AS count
    FROM facet_count WHERE ${inSlice(slice)} AND month < -1 GROUP BY month HAVING sum(count) > 0`;
  return new Map(rows.map(({ month, count }) => [solarMonthKey(Math.floor(month / 100), month % 100), count]));
}

async function total(filters: ArticleFilters, from: CountSource) {
  const [slice] = from === 'auto' ? slicesFor(filters) : [];
  const monthsIn = monthCondition(filters);
  const rows =
    slice && monthsIn
      ? await readDb().$queryRaw<{ total: number }[]>`SELECT coalesce(sum(count), 0)::int AS total
          FROM facet_count WHERE ${inSlice(slice)} AND ${monthsIn}`
      : await readDb().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM article WHERE ${whereClause(filters)}`;
  return rows[0]?.total ?? 0;
}

// The column each facet's flag is selected as below, written out so no SQL text is built from a name.
const FLAG_COLUMN: Record<Facet, Prisma.Sql> = {
  pair: Prisma.sql`in_pair`,
  language: Prisma.sql`in_language`,
  country: Prisma.sql`in_country`,
  source: Prisma.sql`in_source`,
  date: Prisma.sql`in_date`,
};

/**
 * All counts of a search in one pass over its matches, or over the sample of them in the first
 * `buckets` buckets. Each facet's query would otherwise walk the same matching rows again (six
 * times over for a common word); here they are read once, with a flag per selected facet, and
 * every count keeps the rows whose other flags hold.
 */
async function countsInOnePass(
  filters: ArticleFilters,
  buckets: number | null,
): Promise<Omit<SearchCounts, 'approximate'> & { version: string }> {
  const conditions = facetConditions(filters);
  const flag = (facet: Facet) => conditions[facet] ?? Prisma.sql`TRUE`;
  const allBut = (except?: Facet) =>
    Prisma.join(
      (Object.keys(conditions) as Facet[]).filter((f) => f !== except).map((f) => FLAG_COLUMN[f]),
      ' AND ',
    );
  const rows = await readDb().$queryRaw<{ facet: string; value: string | null; count: number }[]>`
    WITH m AS MATERIALIZED (
      SELECT pair_key, language, source, countries_mentioned, synthetic, to_char(published_at, 'YYYY-MM') AS month,
        ${flag('pair')} AS in_pair, ${flag('language')} AS in_language, ${flag('country')} AS in_country,
        ${flag('source')} AS in_source, ${flag('date')} AS in_date
      FROM article WHERE ${baseClause(filters)}${buckets === null ? Prisma.empty : Prisma.sql` AND ${inSample(buckets)}`}
    )
    SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM m WHERE ${allBut()}
    UNION ALL SELECT 'synthetic', NULL, count(*)::int FROM m WHERE ${allBut()} AND synthetic
    UNION ALL SELECT 'pair', pair_key, count(*)::int FROM m WHERE ${allBut('pair')} AND pair_key IS NOT NULL GROUP BY pair_key
    UNION ALL SELECT 'language', language, count(*)::int FROM m WHERE ${allBut('language')} GROUP BY language
    UNION ALL SELECT 'source', source, count(*)::int FROM m WHERE ${allBut('source')} AND source IS NOT NULL GROUP BY source
    UNION ALL SELECT 'country', c, count(*)::int FROM (SELECT unnest(countries_mentioned) AS c FROM m WHERE ${allBut('country')}) AS mentions GROUP BY c
    UNION ALL SELECT 'month', month, count(*)::int FROM m WHERE ${allBut('date')} GROUP BY month
    UNION ALL SELECT 'version', ${CORPUS_VERSION}, 0
    ORDER BY facet, count DESC, value`;
  const values = (facet: string) => rows.filter((r) => r.facet === facet).map(({ value, count }) => ({ value: value!, count }));
  return {
    total: rows.find((r) => r.facet === 'total')?.count ?? 0,
    pairs: values('pair'),
    languages: values('language'),
    countries: values('country'),
    sources: values('source'),
    months: rows.filter((r) => r.facet === 'month').map(({ value, count }) => ({ month: value, count })),
    anySynthetic: (rows.find((r) => r.facet === 'synthetic')?.count ?? 0) > 0,
    // Read in the same statement, so of the same snapshot as the counts.
    version: rows.find((r) => r.facet === 'version')!.value!,
  };
}

/** anySynthetic is null when the counts could not tell (a sample without synthetic articles). */
type SearchCounts = FacetCounts & { anySynthetic: boolean | null };

/** A search's size: its matches as the probe estimates them, and the articles it searches. */
export interface SearchSize {
  matches: number;
  articles: number;
}

/**
 * How many articles the search text matches, estimated from one article in 256 (the probe, see
 * lib/articles/search-sample.ts): the matches of the text alone, whatever else is selected, because
 * the facets' counts read all of those. With it, the published articles (facet_count's total). A
 * listing asks once and shares the answer (count-cache's `once`) between its counts and its ranking.
 */
export async function searchSize(filters: ArticleFilters): Promise<SearchSize> {
  const [size] = await readDb().$queryRaw<[{ probe: number; articles: number }]>`SELECT
    (SELECT count(*)::int FROM article WHERE ${baseClause(filters)} AND ${inSample(PROBE_BUCKETS)}) AS probe,
    (SELECT coalesce(sum(count), 0)::int FROM facet_count WHERE facet = 'all' AND scope = '' AND value = '' AND month = -1) AS articles`;
  return { matches: probeEstimate(size.probe), articles: size.articles };
}

/** How many buckets to count a search over, or null for all of its matches. */
async function bucketsToCount(filters: ArticleFilters, sampling: Sampling, size: () => Promise<SearchSize>): Promise<number | null> {
  if (filters.exactCounts) return null;
  return sampleBuckets((await size()).matches, sampling);
}

/** The sample's counts as estimates for the whole collection. */
function estimated(counts: Omit<SearchCounts, 'approximate'>, buckets: number): SearchCounts {
  const values = (list: FacetValue[]) => list.map(({ value, count }) => ({ value, count: estimateFromSample(count, buckets) }));
  return {
    total: estimateFromSample(counts.total, buckets),
    pairs: values(counts.pairs),
    languages: values(counts.languages),
    countries: values(counts.countries),
    sources: values(counts.sources),
    months: counts.months.map(({ month, count }) => ({ month, count: estimateFromSample(count, buckets) })),
    // A sample without synthetic articles cannot say the view has none.
    anySynthetic: counts.anySynthetic || null,
    approximate: true,
  };
}

/**
 * What a search's counting shares with the rest of its request: the corpus version its kept counts
 * are checked against, the sampling settings, and its size (searchSize).
 */
export interface CountingOptions {
  version: () => Promise<string>;
  sampling: Sampling;
  size: () => Promise<SearchSize>;
}

const searchCountCache = new VersionedCache<SearchCounts>(KEPT_SEARCHES);

/** The cache's use so far, for tests. */
export const searchCountCacheHits = () => searchCountCache.hits;

/**
 * A search's counts, from the cache when the database still shows the version they were counted
 * at (lib/articles/count-cache.ts), else counted in one pass and kept.
 */
function searchCounts(filters: ArticleFilters, { version, sampling, size }: CountingOptions): Promise<SearchCounts> {
  return searchCountCache.keep(`${countKey(filters)}|${sampling.exactUpTo}|${sampling.target}`, version, async () => {
    const sampledIn = await bucketsToCount(filters, sampling, size);
    const sampled = await countsInOnePass(filters, sampledIn);
    const buckets = sampledIn !== null && sampled.total >= MIN_SAMPLED_VIEW ? sampledIn : null;
    const { version: countedAt, ...exact } = buckets === sampledIn ? sampled : await countsInOnePass(filters, null);
    const counts = buckets === null ? { ...exact, approximate: false } : estimated(exact, buckets);
    // Shared by every request that finds them: frozen, so that none can change them for the others.
    for (const list of [counts.pairs, counts.languages, counts.countries, counts.sources, counts.months]) {
      for (const item of list) Object.freeze(item);
      Object.freeze(list);
    }
    return { value: Object.freeze(counts), version: countedAt };
  });
}

/**
 * The number of articles in the view and every facet's counts (each facet ignoring its own
 * selection). Without search text a count is read from facet_count when that table holds the
 * exact answer (a date range on month boundaries, selections that slicesFor accepts) and is
 * aggregated from the articles otherwise; with search text all are counted in one pass over the
 * matches, or over a sample of them for a search the probe finds large (`approximate`, see
 * lib/articles/search-sample.ts). Every exact way gives the same numbers as `from: 'table'`;
 * tests hold them to it.
 */
export async function facetCounts(filters: ArticleFilters, from: CountSource = 'auto', sampling = DEFAULT_SAMPLING): Promise<FacetCounts> {
  if (from === 'auto' && filters.q) {
    const { anySynthetic: _, ...counts } = await searchCounts(filters, {
      version: corpusVersion,
      sampling,
      size: () => searchSize(filters),
    });
    return counts;
  }
  const [totalCount, pairs, languages, countries, sources, monthCounts] = await Promise.all([
    total(filters, from),
    facetValues(filters, 'pair', from),
    facetValues(filters, 'language', from),
    facetValues(filters, 'country', from),
    facetValues(filters, 'source', from),
    months(filters, from),
  ]);
  return { total: totalCount, pairs, languages, countries, sources, months: monthCounts, approximate: false };
}

/**
 * facetCounts, and whether the view holds synthetic articles when counting could tell (a search,
 * whose one pass reads every row of the view anyway); null when it could not. The options'
 * version and size are read once per request by a caller that shares them (listArticles).
 */
export async function facetCountsAndSynthetic(
  filters: ArticleFilters,
  options: CountingOptions,
): Promise<{ counts: FacetCounts; anySynthetic: boolean | null }> {
  if (!filters.q) return { counts: await facetCounts(filters), anySynthetic: null };
  const { anySynthetic, ...counts } = await searchCounts(filters, options);
  return { counts, anySynthetic };
}
