import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import pg from 'pg';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFiles } from '../../lib/articles/store-files';
import { syntheticDemoFiles } from '../../lib/articles/synthetic-demo';
import { createAdmin } from '../../lib/auth/admins';
import { createSession } from '../../lib/auth/sessions';
import { disconnectDb } from '../../lib/db/client';
import { writeBackup } from '../../lib/ops/backup';
import { restoreBackup } from '../../lib/ops/restore';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/articles');
const corpusFiles = () =>
  fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .sort()
        .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(CORPUS, name))) }))
    : [];
// Bytes that are not UTF-8: the restore must give back these exact bytes, not a re-encoding.
const ARABIC_1256 = new Uint8Array(
  iconv.encode(
    'تعاون أمني بين باكستان والولايات المتحدة\n\nبحث مسؤولون من باكستان والولايات المتحدة سبل التعاون في مكافحة الإرهاب وتبادل المعلومات.\n',
    'windows-1256',
  ),
);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every row of a table, as text, hashed in a fixed order: equal digests mean equal contents. */
const tableDigest = (url: string, table: string) =>
  query<{ rows: string; digest: string | null }>(
    url,
    `SELECT count(*)::text AS rows, encode(sha256(convert_to(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''), 'UTF8')), 'hex') AS digest FROM "${table}" t`,
  ).then(([row]) => row);

const rawFiles = async (url: string) =>
  new Map(
    (await query<{ id: string; sha256: string; bytes: Buffer }>(url, 'SELECT id, sha256, bytes FROM raw_file')).map((row) => [
      row.id,
      { recorded: row.sha256, actual: createHash('sha256').update(row.bytes).digest('hex') },
    ]),
  );

const ROOT = path.resolve(__dirname, '../..');

/** Runs an npm script's file as `npm run` would, under a umask that takes nothing away. */
async function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; output: string }> {
  const command = `umask 000 && exec node_modules/.bin/tsx scripts/${script}.ts "$@"`;
  try {
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', command, 'sh', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** The permission bits of a backup folder and of everything in it. */
const modes = (folder: string) => ({
  folder: fs.statSync(folder).mode & 0o777,
  files: [...new Set(fs.readdirSync(folder).map((name) => fs.statSync(path.join(folder, name)).mode & 0o777))],
});

let source: TestDatabase;
let target: TestDatabase;
let backupDir: string;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-backup-'));
const TABLES = ['raw_file', 'article', 'audit_entry', 'admin_user', 'admin_session', 'sign_in_attempt', 'facet_count'];

beforeAll(async () => {
  source = await createTestDatabase();
  const stored = await storeFiles([...corpusFiles(), ...syntheticDemoFiles(40), { name: 'arabic-1256.txt', bytes: ARABIC_1256 }], {
    actor: 'admin@example.org',
  });
  expect(stored.filter((file) => file.outcome.status === 'stored').length).toBeGreaterThan(30);
  const admin = await createAdmin('backup-admin@example.org', 'a long enough password');
  if (admin.status === 'created') await createSession(admin.id);
  await disconnectDb();
  target = await createTestDatabase({ migrated: false });
});

afterAll(async () => {
  await source?.drop();
  await target?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes a manifest whose counts match the database, in a folder its owner alone can read, whatever the umask', async () => {
    backupDir = path.join(work, 'backup');
    const umask = process.umask(0o000);
    const { manifest } = await writeBackup(source.url, backupDir).finally(() => process.umask(umask));
    expect(modes(backupDir)).toEqual({ folder: 0o700, files: [0o600] });
    expect(fs.readdirSync(backupDir)).toContain('manifest.json');
    const [articles] = await query<{ n: number }>(source.url, 'SELECT count(*)::int AS n FROM article');
    expect(manifest.tables.find((table) => table.name === 'article')?.rows).toBe(articles!.n);
    expect(manifest.rawFilesVerified).toBe(articles!.n);
    expect(manifest.tables.map((table) => table.name).indexOf('raw_file')).toBeLessThan(
      manifest.tables.map((table) => table.name).indexOf('article'),
    );
    expect(fs.existsSync(`${backupDir}.partial`)).toBe(false);
  });

  it('npm run backup takes the database from DATABASE_URL and writes 0700/0600 under umask 000', async () => {
    const out = path.join(work, 'by-script');
    const { code, output } = await runScript('backup', ['--out', out], { DATABASE_URL: source.url });
    expect(code, output).toBe(0);
    expect(output).toContain(`Backup written to ${out}`);
    expect(modes(out)).toEqual({ folder: 0o700, files: [0o600] });
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
    const [articles] = await query<{ n: number }>(source.url, 'SELECT count(*)::int AS n FROM article');
    expect(manifest.tables.find((table) => table.name === 'article')?.rows).toBe(articles!.n);
  });

  it('npm run backup and restore refuse a database URL on the command line, where every local user sees it', async () => {
    const attempts: [string, string[]][] = [
      ['backup', ['--database-url', source.url]],
      ['backup', [`--database-url=${source.url}`]],
      ['restore', [backupDir, '--database-url', target.url]],
      ['restore', [target.url]],
    ];
    for (const [script, args] of attempts) {
      const { code, output } = await runScript(script, args, { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
      expect(code, `${script} ${args.join(' ')}`).toBe(1);
      expect(output).toContain('takes no database URL on the command line');
      expect(output).toContain('Set DATABASE_URL in the environment instead');
    }
    // Nothing was written to the target meanwhile.
    expect(await query(target.url, `SELECT 1 FROM pg_tables WHERE tablename = 'article'`)).toHaveLength(0);
  });

  it('restores into an empty database with every table identical and raw files byte-identical', async () => {
    const result = await restoreBackup(target.url, backupDir);
    for (const table of TABLES) expect(await tableDigest(target.url, table), table).toEqual(await tableDigest(source.url, table));
    const before = await rawFiles(source.url);
    const after = await rawFiles(target.url);
    expect(after.size).toBe(before.size);
    for (const [id, file] of before) {
      expect(after.get(id)?.actual, id).toBe(file.actual);
      expect(file.actual).toBe(file.recorded);
    }
    expect(result.rawFilesVerified).toBe(before.size);
  });

  it('leaves the restored database writable: ids continue after the restored rows', async () => {
    const [max] = await query<{ id: string }>(target.url, 'SELECT max(id)::text AS id FROM audit_entry');
    const [inserted] = await query<{ id: string }>(
      target.url,
      `INSERT INTO audit_entry (actor, action) VALUES ('test', 'edit') RETURNING id::text`,
    );
    expect(BigInt(inserted!.id)).toBeGreaterThan(BigInt(max!.id));
  });

  it('refuses a database that already holds rows, and changes nothing there', async () => {
    const before = await tableDigest(target.url, 'article');
    await expect(restoreBackup(target.url, backupDir)).rejects.toThrow(/not empty/);
    expect(await tableDigest(target.url, 'article')).toEqual(before);
  });

  it('refuses a damaged backup before writing anything', async () => {
    const damaged = path.join(work, 'damaged');
    fs.cpSync(backupDir, damaged, { recursive: true });
    const file = path.join(damaged, 'raw_file.copy.gz');
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0xff, bytes.length - 20);
    fs.writeFileSync(file, bytes);
    const empty = await createTestDatabase({ migrated: false });
    try {
      await expect(restoreBackup(empty.url, damaged)).rejects.toThrow(/does not match its SHA-256/);
      expect(await query(empty.url, `SELECT 1 FROM pg_tables WHERE tablename = 'article'`)).toHaveLength(0);
    } finally {
      await empty.drop();
    }
  });
});
