/**
 * `npm run db:compact`: rewrites the article table into the narrow row layout (lib/db/compact.ts).
 * Needed once for a database whose articles were stored before migration 20261127130000.
 */
import { ensureDatabase } from '../lib/db/embedded';
import { compactArticleRows } from '../lib/db/compact';
import { migrate } from '../lib/db/migrate';

const mb = (bytes: number) => (bytes < 10 * 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

async function main() {
  const handle = await ensureDatabase();
  try {
    await migrate(handle.url);
    console.log('Rewriting the article table; pages and uploads wait until it is done...');
    const { before, after, ms } = await compactArticleRows(handle.url);
    console.log(`Article rows: ${mb(before)} -> ${mb(after)} in ${(ms / 1000).toFixed(1)} s.`);
  } finally {
    await handle.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Compacting failed, nothing was changed: ${(error as Error).message}`);
  process.exit(1);
});
