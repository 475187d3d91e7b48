import pg from 'pg';

export interface CompactResult {
  /** Heap size of the article table before and after, in bytes. */
  before: number;
  after: number;
  ms: number;
}

/**
 * Rewrites the article table so that every row takes the layout migration 20261127130000 asks
 * for (long columns out of line, short ones in the row); rows stored before it keep their old,
 * wide layout until rewritten. VACUUM FULL holds an exclusive lock on the table while it runs
 * (8 minutes at a million articles here): readers and uploads wait.
 */
export async function compactArticleRows(connectionString: string): Promise<CompactResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const size = async () => Number((await client.query<{ size: string }>(`SELECT pg_relation_size('article') AS size`)).rows[0]!.size);
    const before = await size();
    const started = Date.now();
    await client.query('VACUUM FULL article');
    await client.query('ANALYZE article');
    return { before, after: await size(), ms: Date.now() - started };
  } finally {
    await client.end();
  }
}
