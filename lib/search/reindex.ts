import { db } from '../db/client';
import { writeSearchKeys } from './write-keys';

const BATCH = 500;

/**
 * Builds search keys for articles that have none: articles stored before search existed, or
 * after a change to the normaliser (clear the columns in a migration to rebuild them all).
 */
export async function reindexMissing(): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db().$queryRaw<{ id: string; title: string; paragraphs: string[] }[]>`
      SELECT id, title, paragraphs FROM article WHERE search_folded IS NULL ORDER BY id LIMIT ${BATCH}`;
    if (rows.length === 0) return done;
    await db().$transaction(async (tx) => {
      for (const row of rows) await writeSearchKeys(tx, row.id, row.title, row.paragraphs);
    });
    done += rows.length;
  }
}
