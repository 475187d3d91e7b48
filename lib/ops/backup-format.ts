/** What `npm run backup` writes beside the table files, and `npm run restore` checks first. */
export const BACKUP_FORMAT = 'reading-room-backup/1';
export const MANIFEST_FILE = 'manifest.json';

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
  /** gzip of `COPY ... TO STDOUT` (text format), in this folder. */
  file: string;
  sha256: string;
  bytes: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  serverVersion: string;
  /** Migrations applied to the source, name and checksum: restore recreates exactly this schema. */
  migrations: { name: string; checksum: string }[];
  /** Tables in an order that satisfies their foreign keys. */
  tables: BackupTable[];
  /** Raw files whose stored bytes hash to their recorded SHA-256, at the time of the snapshot. */
  rawFilesVerified: number;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The migration bookkeeping table is recreated by migrating the target, not copied. */
export const MIGRATIONS_TABLE = '_migrations';

/**
 * Tables a backup leaves out: the migrations (recorded in the manifest instead) and
 * corpus_version, a number its migration creates in every database, that only says when the
 * articles last changed (a restored database starts its own).
 */
export const NOT_BACKED_UP: ReadonlySet<string> = new Set([MIGRATIONS_TABLE, 'corpus_version']);
