import { readDb } from '../db/client';
import { Prisma } from '../db/generated/client';
import { buildDateFacet } from './date-buckets';
import { countKey, once } from './count-cache';
import { VersionedCache } from './versioned-cache';
import { CORPUS_VERSION, corpusVersion, KEPT_SEARCHES } from './corpus-version';
import { facetCountsAndSynthetic, searchSize, type SearchSize } from './facet-counts';
import { DEFAULT_SAMPLING, type Sampling } from './search-sample';
import type { ArticleFilters, PageCursor } from './filters';
import { isoDate, toListItem, type ArticleRow } from './rows';
import type { ArticleListItem, ArticleListing } from './types';
import { snippet } from '../search/highlight';
import { translatedTitles, translationForReader } from '../translations/reader-title';
import { DATE_KEY, searchQueries, whereClause, type SearchQueries } from './where';

export const PAGE_SIZE = 20;

/** How many of a search's newest matches are ranked by relevance (see listArticles). */
export const RANKED_CANDIDATES = 1000;

const LIST_COLUMNS = Prisma.sql`id, title, language, direction, source, published_at, date_precision,
  date_text, calendar, pair_a, pair_b, synthetic, created_at`;

// Date order as one comparable key: undated articles sort as the oldest, so that keyset pages can
// compare whole tuples. ORDER BY lists the parts separately, in the order of the index that serves
// both (see the keyset migration); ordering by the row value itself would not use it.
const ROW_KEY = Prisma.sql`(${DATE_KEY}, created_at, id)`;
const DATE_ORDER_DESC = Prisma.sql`${DATE_KEY} DESC, created_at DESC, id DESC`;
const DATE_ORDER_ASC = Prisma.sql`${DATE_KEY} ASC, created_at ASC, id ASC`;

function cursorCondition(cursor: PageCursor): Prisma.Sql {
  const date = cursor.date === null ? Prisma.sql`'-infinity'::date` : Prisma.sql`${cursor.date}::date`;
  const at = Prisma.sql`to_timestamp(${cursor.createdAt}::double precision / 1000)`;
  return cursor.direction === 'after'
    ? Prisma.sql`${ROW_KEY} < (${date}, ${at}, ${cursor.id})`
    : Prisma.sql`${ROW_KEY} > (${date}, ${at}, ${cursor.id})`;
}

/** One page of the reading room with the facet counts for the same filters. */
export async function listArticles(
  filters: ArticleFilters,
  {
    rankedCandidates = RANKED_CANDIDATES,
    sampling = DEFAULT_SAMPLING,
    newestBy,
    readerLanguage = null,
  }: { rankedCandidates?: number; sampling?: Sampling; newestBy?: 'reading' | 'walking'; readerLanguage?: string | null } = {},
): Promise<ArticleListing> {
  const prisma = readDb();
  const where = whereClause(filters);
  const search = searchQueries(filters);
  const cursor = filters.cursor;
  // With a cursor the page starts right after (or before) a known row: no rows are skipped over.
  const offset = cursor ? 0 : (filters.page - 1) * PAGE_SIZE;
  const pageWhere = cursor ? Prisma.sql`${where} AND ${cursorCondition(cursor)}` : where;
  const ranked = search !== null && filters.sort === 'relevance';
  const columns = search ? Prisma.sql`${LIST_COLUMNS}, paragraphs, ${matchColumns(search.wanted)}` : LIST_COLUMNS;

  const order = cursor?.direction === 'before' ? DATE_ORDER_ASC : DATE_ORDER_DESC;
  const datePage = () =>
    prisma.$queryRaw<SearchRow[]>`SELECT ${columns} FROM article WHERE ${pageWhere} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  // The kept counts and ranked order are checked against one read of the corpus version, and
  // both size their work by one estimate of the search's matches.
  const version = once(corpusVersion);
  const size = once(() => searchSize(filters));
  const countsAndSynthetic = facetCountsAndSynthetic(filters, { version, sampling, size });
  const anySyntheticIn = () =>
    prisma.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM article WHERE ${where} AND synthetic) AS any`;
  const rankedIds = ranked ? rankedOrder(filters, search, { candidates: rankedCandidates, newestBy, version, size }) : null;
  const [rows, { counts, anySynthetic }, synthetic] = await Promise.all([
    rankedIds
      ? rankedIds.then((ids) => rankedPage(filters, columns, ids.slice(offset, offset + PAGE_SIZE)))
      : search
        ? // A search in date order waits for its count to choose how to read its page.
          countsAndSynthetic.then(({ counts: { total } }) =>
            total <= FEW_MATCHES ? fewMatchesDatePage(pageWhere, columns, order, offset) : datePage(),
          )
        : datePage(),
    countsAndSynthetic,
    // A search's counting pass says this itself: asked here, PostgreSQL would walk the synthetic
    // index and test each row against the search (a second for a rare word at 1M articles). A
    // sample that held no synthetic article cannot say; its word is common, so the walk is short.
    search ? countsAndSynthetic.then((c) => (c.anySynthetic === null ? anySyntheticIn() : null)) : anySyntheticIn(),
  ]);

  // A "before" page was read backwards; show it in reading order.
  if (cursor?.direction === 'before') rows.reverse();
  const { total, pairs, languages, countries, sources, months, approximate } = counts;
  // Relevance order pages through the ranked matches, whose number is known even when the total is an estimate.
  const pagedThrough = rankedIds ? (await rankedIds).length : total;
  const pageCountEstimated = approximate && !rankedIds;
  const first = rows[0];
  const last = rows.at(-1);
  const dated = months.filter((m): m is { month: string; count: number } => m.month !== null);
  const undated = months.find((m) => m.month === null)?.count ?? 0;
  return {
    items: await withSnippets(rows, search?.words ?? null, readerLanguage),
    total,
    page: filters.page,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(pagedThrough / PAGE_SIZE)),
    pageCountEstimated,
    // An estimated total can fall short of the matches: a full page then always offers the next.
    morePages: pageCountEstimated ? rows.length === PAGE_SIZE : filters.page * PAGE_SIZE < pagedThrough,
    approximate,
    rankedAmong: ranked && total > rankedCandidates ? rankedCandidates : null,
    facets: { pairs, languages, countries, sources, dates: buildDateFacet(dated, undated) },
    cursors: {
      first: first ? cursorOf(first) : null,
      last: last ? cursorOf(last) : null,
    },
    anySynthetic: anySynthetic ?? synthetic?.[0]?.any ?? false,
  };
}

function cursorOf(row: ArticleRow): Omit<PageCursor, 'direction'> {
  return { date: isoDate(row.published_at), createdAt: row.created_at.getTime(), id: row.id };
}

type SearchRow = ArticleRow & { paragraphs?: string[]; original_match?: boolean; translation_matches?: string[] };

/**
 * Up to this many matches, a search's date-ordered page is read from its matches (the GIN index),
 * not by walking the date index until twenty match. PostgreSQL estimates any word outside its
 * statistics at some thousands of matches, and so walked the date index for a rare word, testing
 * nearly every row against the search (seconds at a million articles). A common word, with its matches everywhere, finds its twenty in the first rows of the walk.
 */
const FEW_MATCHES = 10_000;

function fewMatchesDatePage(pageWhere: Prisma.Sql, columns: Prisma.Sql, order: Prisma.Sql, offset: number): Promise<SearchRow[]> {
  // OFFSET 0 keeps the planner from seeing the LIMIT through the subquery: it reads the matches.
  return readDb().$queryRaw<SearchRow[]>`SELECT ${columns} FROM article WHERE id IN (
      SELECT id FROM (SELECT id, published_at, created_at FROM article WHERE ${pageWhere} OFFSET 0) AS article
      ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset})
    ORDER BY ${order}`;
}

const rankedOrders = new VersionedCache<readonly string[]>(KEPT_SEARCHES);

/** The cache of ranked orders' use so far, for tests. */
export const rankedOrderCacheHits = () => rankedOrders.hits;

/**
 * How to find a search's newest `candidates` matches: `reading` all of them through the search
 * index and sorting them by date, or `walking` the date index and testing each row until enough
 * match. Walking passes articles/matches rows per match found, and testing a row (its tsvector
 * decompressed) costs several times reading a match; PostgreSQL prices that test as nearly free and
 * so walked for words whose matches are few but not rare. Reading wins while matches² < candidates
 * × articles × (test cost / read cost); the ratio below was measured at 1M articles
 * (docs/performance.md, *How the views stay cheap*). A search the probe saw no match of is always
 * read: walking for a rare word passes every article.
 */
export function newestMatchesBy({ matches, articles }: SearchSize, candidates: number): 'reading' | 'walking' {
  return matches * matches <= candidates * articles * (13 / 2.1) ? 'reading' : 'walking';
}

/**
 * The ids of a search's newest `candidates` matches, best first. Ranking reads each match's whole
 * tsvector, a few kilobytes apiece: a common word's tens of thousands of matches would take
 * seconds, so only the newest are ranked; the listing says so (rankedAmong), and date order still
 * reaches every match. An exact (accent-true) match counts double; the title weighs more than the
 * body. The order is kept under the corpus version read with it (lib/articles/count-cache.ts), so
 * the next page of the same search reads it again instead of ranking the same matches.
 */
async function rankedOrder(
  filters: ArticleFilters,
  search: SearchQueries,
  {
    candidates,
    newestBy,
    version,
    size,
  }: { candidates: number; newestBy?: 'reading' | 'walking'; version: () => Promise<string>; size: () => Promise<SearchSize> },
): Promise<readonly string[]> {
  // Counting exactly or from a sample ranks the same matches: one kept order serves both.
  return rankedOrders.keep(`${countKey({ ...filters, exactCounts: false })}|${candidates}`, version, async () => {
    const where = whereClause(filters);
    // OFFSET 0 keeps the planner from walking the date index for the LIMIT (see fewMatchesDatePage).
    const newest =
      (newestBy ?? newestMatchesBy(await size(), candidates)) === 'reading'
        ? Prisma.sql`SELECT id FROM (SELECT id, published_at, created_at FROM article WHERE ${where} OFFSET 0) AS matches
            ORDER BY ${DATE_ORDER_DESC} LIMIT ${candidates}`
        : Prisma.sql`SELECT id FROM article WHERE ${where} ORDER BY ${DATE_ORDER_DESC} LIMIT ${candidates}`;
    const rows = await readDb().$queryRaw<{ id: string; version: string }[]>`SELECT id, ${CORPUS_VERSION} AS version FROM article
      WHERE id IN (${newest})
      ORDER BY ts_rank_cd(coalesce(search_exact, search_folded), to_tsquery('simple', ${search.exact})) * 2
        + ts_rank_cd(search_folded, to_tsquery('simple', ${search.folded})) DESC, ${DATE_ORDER_DESC}`;
    // No match, no version read: nothing to keep.
    return { value: Object.freeze(rows.map((row) => row.id)), version: rows[0]?.version ?? null };
  });
}

/** One page of a search in relevance order: the rows of its ids (a slice of the ranked order), in that order. */
async function rankedPage(filters: ArticleFilters, columns: Prisma.Sql, ids: readonly string[]): Promise<SearchRow[]> {
  if (ids.length === 0) return [];
  // Still the view's conditions: an article unpublished since the order was read is left out.
  const rows = await readDb().$queryRaw<
    SearchRow[]
  >`SELECT ${columns} FROM article WHERE ${whereClause(filters)} AND id = ANY(${ids}::text[])`;
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/**
 * Whether the article's own text matched, and which of its translations did (see baseClause).
 * A search of exclusions only matches no text in particular.
 */
function matchColumns(wanted: string | null): Prisma.Sql {
  if (!wanted) return Prisma.sql`NULL::boolean AS original_match, '{}'::text[] AS translation_matches`;
  const query = Prisma.sql`to_tsquery('simple', ${wanted})`;
  return Prisma.sql`search_folded @@ ${query} AS original_match,
    ARRAY(SELECT t.language FROM article_translation t WHERE t.article_id = article.id AND t.search_folded @@ ${query} ORDER BY t.language) AS translation_matches`;
}

/**
 * The translation a search result's snippet comes from, if any: the one in the reader's language
 * when it matched (a reader who does not read the original sees the match in words they read),
 * else, when the original did not match, the first that did, to show why the article is listed.
 */
export function snippetTranslation(
  row: { original_match?: boolean; translation_matches?: string[] },
  readerLanguage: string | null,
): string | null {
  const languages = row.translation_matches ?? [];
  const readers = readerLanguage
    ? translationForReader(
        languages.map((language) => ({ language })),
        readerLanguage,
      )
    : null;
  if (readers) return readers.language;
  return row.original_match === false ? (languages[0] ?? null) : null;
}

/**
 * Each item with its snippet and, where translations matched, which; the snippet is taken from a
 * translation as snippetTranslation says. Every item carries its translations' titles, so that a
 * reader of one of their languages sees that title. `readerLanguage` is the reader's UI language,
 * null for the machine endpoints.
 */
async function withSnippets(
  rows: SearchRow[],
  words: ReadonlySet<string> | null,
  readerLanguage: string | null,
): Promise<ArticleListItem[]> {
  const searched = Boolean(words && words.size > 0);
  const fromTranslation = new Map<string, string>();
  for (const row of rows) {
    const language = searched && row.paragraphs ? snippetTranslation(row, readerLanguage) : null;
    if (language) fromTranslation.set(row.id, language);
  }
  const [translations, titles] = await Promise.all([
    fromTranslation.size === 0
      ? []
      : readDb().articleTranslation.findMany({
          where: { OR: [...fromTranslation].map(([articleId, language]) => ({ articleId, language })) },
          select: { articleId: true, language: true, paragraphs: true },
        }),
    translatedTitles(rows.map((row) => row.id)),
  ]);
  return rows.map((row) => {
    const translated = titles.get(row.id);
    const item = translated ? { ...toListItem(row), translatedTitles: translated } : toListItem(row);
    if (!words || !searched || !row.paragraphs) return item;
    const languages = row.translation_matches ?? [];
    if (languages.length === 0) return { ...item, snippet: snippet(row.paragraphs, words) };
    const inOriginal = row.original_match !== false;
    const translation = translations.find((t) => t.articleId === row.id);
    return {
      ...item,
      snippet: snippet(translation?.paragraphs ?? row.paragraphs, words),
      translationMatch: { languages, inOriginal, snippetLanguage: translation?.language ?? null },
    };
  });
}
