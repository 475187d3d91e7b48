import pg from 'pg';
import { buildBatch } from '../../bench/lib/corpus-batch';
import { writeBatch } from '../../bench/lib/corpus-write';

/**
 * Stores `count` of corpus-generate's synthetic articles (seed `seed`) through its own batch writer,
 * 500 at a time, then ANALYZEs them so that plans are those of a real collection.
 */
export async function insertGeneratedArticles(url: string, seed: number, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let start = 0; start < count; start += 500) {
      await writeBatch(client, buildBatch({ seed, start, count: Math.min(500, count - start) }));
    }
    await client.query('ANALYZE article');
  } finally {
    await client.end();
  }
}
