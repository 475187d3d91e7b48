/**
 * npm run backup -- [--out FOLDER]
 *
 * Writes a consistent dump of the app's database (DATABASE_URL, else the embedded PostgreSQL in
 * DATA_DIR) to FOLDER, by default backups/reading-room-<UTC time>: the folder readable by its
 * owner alone (0700), each file 0600. A database URL given as an argument is refused (see
 * lib/ops/database-url-argument.ts). See lib/ops/backup.ts.
 */
import path from 'node:path';
import { ensureDatabase } from '../lib/db/embedded';
import { writeBackup } from '../lib/ops/backup';
import { refuseDatabaseUrlArguments } from '../lib/ops/database-url-argument';
import { readArguments } from './lib/arguments';

function parseOptions(): { out: string } {
  // First, with its own sentence: a URL on the command line is a leak, not a typo.
  refuseDatabaseUrlArguments(process.argv.slice(2), 'backup');
  const { values } = readArguments('Usage: npm run backup -- [--out FOLDER]', { options: { out: { type: 'string' } } });
  const stamp = new Date()
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');
  return { out: values.out ?? path.join('backups', `reading-room-${stamp}`) };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const database = await ensureDatabase();
  try {
    const started = Date.now();
    const { directory, manifest } = await writeBackup(database.url, path.resolve(options.out));
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const bytes = manifest.tables.reduce((sum, table) => sum + table.bytes, 0);
    console.log(`Backup written to ${directory} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const table of manifest.tables) console.log(`  ${table.name.padEnd(18)} ${String(table.rows).padStart(9)} rows`);
    console.log(
      `  ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB gzipped, ${manifest.rawFilesVerified} raw files checked against their SHA-256.`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
