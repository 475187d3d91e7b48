import pg from 'pg';

/**
 * Rows of facet_count that differ from counting every published article again with the same key
 * function as the triggers (article_facet_keys): 0 when the kept counts are exact.
 */
export async function facetCountDrift(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`
      WITH fresh AS (
        SELECT k.scope, k.facet, k.value, k.month, count(*)::int AS count
        FROM article r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
        WHERE r.status = 'published' GROUP BY 1, 2, 3, 4
      ), kept AS (SELECT scope, facet, value, month, count FROM facet_count WHERE count > 0)
      SELECT count(*)::int AS n FROM ((SELECT * FROM fresh EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM fresh)) d`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
