/**
 * Stored near-duplicate fingerprints (table article_fingerprint): written with each article,
 * looked up through the GIN index on their LSH band keys, so finding the stored article an
 * upload nearly repeats reads only the few articles that share a band with it.
 */
import { db } from '../db/client';
import { NEAR_DUPLICATE_SIMILARITY, SIGNATURE_LENGTH, bandKeys, fingerprint } from '../ingest/fingerprint';

/** A transaction or the client: both run raw queries. */
type Sql = Pick<ReturnType<typeof db>, '$queryRaw' | '$executeRaw'>;

export interface NearDuplicate {
  id: string;
  /** Estimated share of the body's word shingles the two have in common, 0 to 1. */
  similarity: number;
}

// Arrays go to PostgreSQL as array literals: every element is a whole number, nothing to escape.
const literal = (values: readonly number[]) => `{${values.join(',')}}`;

/**
 * The stored article whose body this signature overlaps most, if it overlaps by
 * NEAR_DUPLICATE_SIMILARITY or more (the oldest on a tie). Candidates share at least one band key;
 * the database counts their equal signature positions, so only the best row comes back.
 */
export async function findNearDuplicate(sql: Sql, signature: readonly number[] | null): Promise<NearDuplicate | null> {
  const keys = bandKeys(signature);
  if (!signature || keys.length === 0) return null;
  const rows = await sql.$queryRaw<{ id: string; same: number }[]>`
    SELECT f.article_id AS id,
           (SELECT count(*)::int FROM unnest(f.signature, ${literal(signature)}::integer[]) AS pair(stored, given) WHERE stored = given) AS same
    FROM article_fingerprint f JOIN article a ON a.id = f.article_id
    WHERE f.band_keys && ${literal(keys)}::bigint[]
    ORDER BY same DESC, a.created_at, a.id
    LIMIT 1`;
  const best = rows[0];
  if (!best) return null;
  const value = best.same / SIGNATURE_LENGTH;
  return value >= NEAR_DUPLICATE_SIMILARITY ? { id: best.id, similarity: value } : null;
}

/** Writes (or rewrites) an article's fingerprint, `fingerprint(paragraphs)` of its body. */
export async function writeFingerprint(sql: Sql, articleId: string, signature: readonly number[] | null): Promise<void> {
  const keys = bandKeys(signature);
  await sql.$executeRaw`
    INSERT INTO article_fingerprint (article_id, signature, band_keys, pending)
    VALUES (${articleId}, ${literal(signature ?? [])}::integer[], ${literal(keys)}::bigint[], false)
    ON CONFLICT (article_id) DO UPDATE SET signature = EXCLUDED.signature, band_keys = EXCLUDED.band_keys, pending = false`;
}

const BACKFILL_BATCH = 500;

/**
 * Fingerprints the articles the migration queued (stored before fingerprints existed). Run at
 * start (scripts/prepare-database.ts) rather than when a lookup meets them: a lookup goes through
 * the band-key index, which cannot find a row that has no keys yet, so a lazy fingerprint would
 * never be computed for the very articles an upload should be compared with. Once the queue is
 * empty this is one look at an empty partial index.
 */
export async function backfillFingerprints(): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db().$queryRaw<{ id: string; paragraphs: string[] }[]>`
      SELECT a.id, a.paragraphs FROM article_fingerprint f JOIN article a ON a.id = f.article_id
      WHERE f.pending ORDER BY f.article_id LIMIT ${BACKFILL_BATCH}`;
    if (rows.length === 0) return done;
    await db().$transaction(async (tx) => {
      for (const row of rows) await writeFingerprint(tx, row.id, fingerprint(row.paragraphs));
    });
    done += rows.length;
  }
}
