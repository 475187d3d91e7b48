import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { migrate, readMigrations } from '../db/migrate';
import { BACKUP_FORMAT, MANIFEST_FILE, NOT_BACKED_UP, quoteIdent, type BackupManifest } from './backup-format';
import { columnsOf, tablesInDependencyOrder } from './backup';

export interface RestoreResult {
  tables: { name: string; rows: number }[];
  rawFilesVerified: number;
  migrationsAppliedAfter: string[];
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Reads manifest.json and checks every table file against its recorded SHA-256 before anything is written. */
export async function readBackup(directory: string): Promise<BackupManifest> {
  const manifestPath = path.join(directory, MANIFEST_FILE);
  if (!fs.existsSync(manifestPath)) throw new Error(`${directory} has no ${MANIFEST_FILE}: not a finished backup.`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${directory} is in format ${String(manifest.format)}, not ${BACKUP_FORMAT}.`);
  for (const table of manifest.tables) {
    const file = path.join(directory, path.basename(table.file));
    if (!fs.existsSync(file)) throw new Error(`The backup is missing ${table.file}.`);
    if ((await sha256OfFile(file)) !== table.sha256)
      throw new Error(`${table.file} does not match its SHA-256 in the manifest: the backup is damaged.`);
  }
  return manifest;
}

/**
 * Restores a backup into an empty database: migrates it to the backup's schema (the same
 * migrations, checked by checksum), copies every table back in one transaction with the app's
 * triggers paused (the facet counts come from the backup, already exact), moves the id sequences
 * past the restored rows, checks row counts and every raw file's SHA-256, and only then commits.
 * Migrations newer than the backup are applied afterwards.
 */
export async function restoreBackup(databaseUrl: string, directory: string): Promise<RestoreResult> {
  const manifest = await readBackup(directory);
  const known = new Map(readMigrations().map((migration) => [migration.name, migration]));
  for (const migration of manifest.migrations) {
    const ours = known.get(migration.name);
    if (!ours) throw new Error(`The backup was taken with migration ${migration.name}, which this version of the app does not have.`);
    if (ours.checksum !== migration.checksum)
      throw new Error(`Migration ${migration.name} differs from the one the backup was taken with.`);
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await tablesInDependencyOrder(client);
    for (const table of existing) {
      if (NOT_BACKED_UP.has(table)) continue;
      const {
        rows: [row],
      } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS any`);
      if (row!.any) throw new Error(`The target database is not empty (table ${table} has rows). Restore into an empty database.`);
    }
    const backupMigrations = new Set(manifest.migrations.map((migration) => migration.name));
    await migrate(
      databaseUrl,
      readMigrations().filter((migration) => backupMigrations.has(migration.name)),
    );

    const tables = manifest.tables.map((table) => table.name);
    await client.query('BEGIN');
    try {
      for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER USER`);
      const restored: { name: string; rows: number }[] = [];
      for (const table of manifest.tables) {
        const columns = await columnsOf(client, table.name);
        const missing = table.columns.filter((column) => !columns.includes(column));
        if (missing.length > 0) throw new Error(`Table ${table.name} has no column ${missing.join(', ')} in the target.`);
        const target = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
        await pipeline(fs.createReadStream(path.join(directory, path.basename(table.file))), createGunzip(), target);
        if (target.rowCount !== table.rows)
          throw new Error(`${table.name}: restored ${target.rowCount} rows, the backup holds ${table.rows}.`);
        restored.push({ name: table.name, rows: target.rowCount });
      }
      for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table)} ENABLE TRIGGER USER`);
      // bigserial ids: the next insert must not collide with a restored row.
      const { rows: sequences } = await client.query<{ table_name: string; column_name: string; sequence: string }>(
        `SELECT c.relname AS table_name, a.attname AS column_name, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
           AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
      );
      for (const seq of sequences) {
        await client.query(
          `SELECT setval($1, coalesce((SELECT max(${quoteIdent(seq.column_name)}) FROM ${quoteIdent(seq.table_name)}), 0) + 1, false)`,
          [seq.sequence],
        );
      }
      const {
        rows: [raw],
      } = await client.query<{ verified: string; wrong: string }>(
        `SELECT count(*) FILTER (WHERE encode(sha256(bytes), 'hex') = sha256) AS verified,
                count(*) FILTER (WHERE encode(sha256(bytes), 'hex') <> sha256) AS wrong FROM raw_file`,
      );
      if (Number(raw!.wrong) > 0 || Number(raw!.verified) !== manifest.rawFilesVerified) {
        throw new Error(
          `Raw files after restore: ${raw!.verified} match their SHA-256 and ${raw!.wrong} do not; the backup recorded ${manifest.rawFilesVerified}.`,
        );
      }
      await client.query('COMMIT');
      const after = await migrate(databaseUrl);
      return { tables: restored, rawFilesVerified: Number(raw!.verified), migrationsAppliedAfter: after.applied };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}
