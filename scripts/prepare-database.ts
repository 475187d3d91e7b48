import { ensureDatabase, type DatabaseHandle } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { settings } from '../lib/env';

/**
 * Everything the server needs before it starts: a database (embedded unless DATABASE_URL is set),
 * the schema migrated, and demo articles when the database is empty.
 */
export async function prepareDatabase(): Promise<DatabaseHandle> {
  const started = Date.now();
  const handle = await ensureDatabase({ log: settings().DEBUG_POSTGRES ? console.log : undefined });
  process.env.DATABASE_URL = handle.url;
  try {
    const { applied } = await migrate(handle.url);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
    // Imported late: the Prisma client reads DATABASE_URL when it is first used.
    const { seedIfEmpty } = await import('../lib/articles/seed');
    const seed = await seedIfEmpty();
    if (seed.source !== 'none') {
      const from = seed.source === 'corpus' ? seed.directory : 'a generated synthetic set (no corpus folder found)';
      console.log(`Loaded ${seed.stored} demo articles from ${from}.`);
      for (const skip of seed.skipped) console.log(`  skipped ${skip.file}: ${skip.reason}`);
    }
    const { reindexMissing } = await import('../lib/search/reindex');
    const reindexed = await reindexMissing();
    if (reindexed > 0) console.log(`Built search keys for ${reindexed} articles.`);
    const { backfillFingerprints } = await import('../lib/articles/fingerprints');
    const fingerprinted = await backfillFingerprints();
    if (fingerprinted > 0) console.log(`Computed near-duplicate fingerprints for ${fingerprinted} articles.`);
    const { bootstrapAdminFromEnv } = await import('../lib/auth/admins');
    const bootstrap = await bootstrapAdminFromEnv();
    if (bootstrap) console.log(bootstrap);
    const { disconnectDb } = await import('../lib/db/client');
    await disconnectDb();
  } catch (error) {
    await handle.stop();
    throw error;
  }
  console.log(`Database ready (${handle.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}) in ${Date.now() - started} ms.`);
  return handle;
}
