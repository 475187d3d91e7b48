import { readDb } from '../db/client';
import { Prisma } from '../db/generated/client';
import { settings } from '../env';

/**
 * The corpus version (migration 20261127160000_corpus_version) named by database: a scalar
 * subquery to read in the same statement as what is kept under it, so of the same snapshot.
 */
export const CORPUS_VERSION = Prisma.sql`(SELECT (SELECT oid FROM pg_database WHERE datname = current_database())::text || ':' || version FROM corpus_version)`;

/** The version the database shows now: what is kept under another is not used. */
export async function corpusVersion(): Promise<string> {
  const [{ version }] = await readDb().$queryRaw<[{ version: string }]>`SELECT ${CORPUS_VERSION} AS version`;
  return version;
}

/**
 * Searches whose counts and ranked order one server process keeps (lib/articles/count-cache.ts),
 * tens of kilobytes each; SEARCH_COUNT_CACHE_ENTRIES sets it, 0 turns keeping off.
 */
export const KEPT_SEARCHES = settings().SEARCH_COUNT_CACHE_ENTRIES;
