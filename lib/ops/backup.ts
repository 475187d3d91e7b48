import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import {
  BACKUP_FORMAT,
  MANIFEST_FILE,
  MIGRATIONS_TABLE,
  NOT_BACKED_UP,
  quoteIdent,
  type BackupManifest,
  type BackupTable,
} from './backup-format';

/** Tables of the public schema in an order where every table comes after those it references. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1').replaceAll('""', '"');
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const ref of references) if (unquote(ref.child) === table && unquote(ref.parent) !== table) visit(unquote(ref.parent));
    ordered.push(table);
  };
  for (const { name } of tables) visit(name);
  return ordered;
}

export async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [quoteIdent(table)],
  );
  return rows.map((row) => row.name);
}

/** Counts the rows of COPY text output as it streams by: one line per row, newlines in values are escaped. */
function lineCounter(): Transform & { lines: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) counter.lines++;
      done(null, chunk);
    },
  }) as Transform & { lines: number };
  counter.lines = 0;
  return counter;
}

function hasher(): Transform & { digest: () => string; bytes: number } {
  const hash = createHash('sha256');
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      stream.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { digest: () => string; bytes: number };
  stream.bytes = 0;
  stream.digest = () => hash.digest('hex');
  return stream;
}

/**
 * A backup holds every row, admin password hashes and sessions included: its folder is its
 * owner's alone (0700) and each file 0600. Set with chmod after creating, as the modes given at
 * creation pass through the process's umask.
 */
const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

function makePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  fs.chmodSync(folder, PRIVATE_FOLDER);
}

function privateFileStream(file: string): fs.WriteStream {
  const stream = fs.createWriteStream(file, { mode: PRIVATE_FILE });
  // Before the first byte: open() applied the umask, which may have removed the owner's bits only.
  stream.once('open', (fd) => fs.fchmodSync(fd, PRIVATE_FILE));
  return stream;
}

export interface BackupResult {
  directory: string;
  manifest: BackupManifest;
}

/**
 * A consistent dump of the whole database into a new folder: every table copied inside one
 * read-only REPEATABLE READ transaction (one snapshot, so an article and its raw file are never
 * half there, and writers are never blocked), each as gzipped COPY text with its row count and
 * SHA-256 in manifest.json. Written to `<folder>.partial` and renamed at the end, so a folder
 * without that suffix is always a complete backup. Folder 0700, files 0600, whatever the umask.
 */
export async function writeBackup(databaseUrl: string, directory: string): Promise<BackupResult> {
  if (fs.existsSync(directory)) throw new Error(`${directory} already exists; name a new folder for the backup.`);
  const partial = `${directory}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  makePrivateFolder(partial);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const {
      rows: [version],
    } = await client.query<{ server_version: string }>('SHOW server_version');
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM ${quoteIdent(MIGRATIONS_TABLE)} ORDER BY name`,
    );
    const tables: BackupTable[] = [];
    for (const name of await tablesInDependencyOrder(client)) {
      if (NOT_BACKED_UP.has(name)) continue;
      const columns = await columnsOf(client, name);
      const file = `${name}.copy.gz`;
      const counter = lineCounter();
      const hash = hasher();
      const source = client.query(copyTo(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`));
      await pipeline(source, counter, createGzip(), hash, privateFileStream(path.join(partial, file)));
      const {
        rows: [count],
      } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(name)}`);
      if (Number(count!.n) !== counter.lines) throw new Error(`${name}: copied ${counter.lines} rows but the snapshot holds ${count!.n}.`);
      tables.push({ name, columns, rows: counter.lines, file, sha256: hash.digest(), bytes: hash.bytes });
    }
    const {
      rows: [raw],
    } = await client.query<{ verified: string; wrong: string }>(
      `SELECT count(*) FILTER (WHERE encode(sha256(bytes), 'hex') = sha256) AS verified,
              count(*) FILTER (WHERE encode(sha256(bytes), 'hex') <> sha256) AS wrong FROM raw_file`,
    );
    if (Number(raw!.wrong) > 0)
      throw new Error(`${raw!.wrong} raw files no longer match their recorded SHA-256; the database needs attention before a backup.`);
    await client.query('COMMIT');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: version!.server_version,
      migrations,
      tables,
      rawFilesVerified: Number(raw!.verified),
    };
    const manifestPath = path.join(partial, MANIFEST_FILE);
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, { mode: PRIVATE_FILE });
    fs.chmodSync(manifestPath, PRIVATE_FILE);
    fs.renameSync(partial, directory);
    return { directory, manifest };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}
