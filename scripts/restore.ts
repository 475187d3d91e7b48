/**
 * npm run restore -- FOLDER
 *
 * Restores a backup written by `npm run backup` into an empty database (DATABASE_URL, else the
 * embedded PostgreSQL in DATA_DIR). Refuses a database that holds any rows, and a database URL
 * given as an argument (see lib/ops/database-url-argument.ts). See lib/ops/restore.ts.
 */
import path from 'node:path';
import { ensureDatabase } from '../lib/db/embedded';
import { refuseDatabaseUrlArguments } from '../lib/ops/database-url-argument';
import { restoreBackup } from '../lib/ops/restore';
import { readArguments } from './lib/arguments';

function parseOptions(): { folder: string } {
  // First, with its own sentence: a URL on the command line is a leak, not a typo.
  refuseDatabaseUrlArguments(process.argv.slice(2), 'restore');
  const { positionals, fail } = readArguments('Usage: npm run restore -- FOLDER', { options: {}, allowPositionals: true });
  if (positionals.length === 0) fail('Name the backup folder: npm run restore -- backups/reading-room-...');
  if (positionals.length > 1) fail(`Name one backup folder, not ${positionals.length}`);
  return { folder: positionals[0]! };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const database = await ensureDatabase();
  try {
    const started = Date.now();
    const result = await restoreBackup(database.url, path.resolve(options.folder));
    console.log(`Restored ${options.folder} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const table of result.tables) console.log(`  ${table.name.padEnd(18)} ${String(table.rows).padStart(9)} rows`);
    console.log(`  ${result.rawFilesVerified} raw files match their SHA-256.`);
    if (result.migrationsAppliedAfter.length > 0)
      console.log(`  Then applied newer migrations: ${result.migrationsAppliedAfter.join(', ')}`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
