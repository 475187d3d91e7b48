import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ADMIN, ADMIN_ENV, freePort, signIn, sql } from './helpers';

// The production server over 100,000 generated articles, attacked as the issue describes: many
// expensive anonymous requests at once. The page cache is off, so the list page is rendered.
const ARTICLES = 100_000;
let database: TestDatabase;
let app: AppProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  const generate = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/corpus-generate.ts', '--count', String(ARTICLES), '--database-url', database.url],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  generate.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  generate.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => generate.once('exit', resolve));
  if (code !== 0) throw new Error(`corpus-generate failed:\n${output.slice(-2000)}`);
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: ADMIN_ENV });
}, 600_000);
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** Statements of ours running in PostgreSQL now, other than this one. */
async function activeStatements(): Promise<number> {
  const [row] = await sql<{ n: number }>(
    database.url,
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
  );
  return row!.n;
}

/** How long `answer` takes, in milliseconds, and what it gave. */
async function timed<T>(answer: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await answer();
  return { ms: performance.now() - started, value };
}

// A word no article has: excluding it matches every article, and each must be tested.
const nonsense = (i: number) => `zq${i.toString(36)}x${Math.random().toString(36).slice(2, 8)}`;

/** Expensive anonymous requests of every kind: exclusion-only searches, exact counts, exports, deep pages. */
function expensivePath(i: number): string {
  switch (i % 6) {
    case 0:
      return `/api/articles?q=-${nonsense(i)}&count=exact`;
    case 1:
      return `/api/articles?q=-${nonsense(i)}+-${nonsense(i + 1)}`;
    case 2:
      return `/api/articles?q=trade+-${nonsense(i)}&count=exact`;
    case 3:
      return `/api/articles/export?q=-${nonsense(i)}`;
    case 4:
      return `/api/articles?q=trade+-${nonsense(i)}&sort=date&page=${40 + (i % 10)}`;
    default:
      return `/api/articles?page=${5000 + i}`;
  }
}

describe('many expensive anonymous requests at once', () => {
  it('leave health, the list page and signing in quick, are refused with a reason past the limit, and leave nothing running', async () => {
    // A server in service has loaded its routes: the first request of each is not what is measured.
    for (const path of ['/api/articles?q=trade', '/api/articles/export?lang=xx', '/api/health', '/en', '/en/admin/login'])
      await (await fetch(`${app.url}${path}`)).text();
    const attack = Array.from({ length: 64 }, (_, i) =>
      fetch(`${app.url}${expensivePath(i)}`).then(async (response) => ({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: await response.text(),
      })),
    );
    // Meanwhile, one after another, as a reader and the admin would.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await timed(() => fetch(`${app.url}/api/health`));
    const list = await timed(() => fetch(`${app.url}/en`));
    const cookie = await timed(() => signIn(app.url, ADMIN.email, ADMIN.password));
    expect(health.value.status).toBe(200);
    expect(list.value.status).toBe(200);
    expect(await list.value.text()).toContain('data-testid="results"');
    expect(cookie.value).toMatch(/^(__Host-)?rr_session=/);
    expect(
      { health: health.ms < 1000, list: list.ms < 1000, signIn: cookie.ms < 1000 },
      JSON.stringify({ health: health.ms, list: list.ms, signIn: cookie.ms }),
    ).toEqual({
      health: true,
      list: true,
      signIn: true,
    });

    const answers = await Promise.all(attack);
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.every((s) => [200, 400, 429, 503].includes(s)),
      statuses.join(','),
    ).toBe(true);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(20);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(answer.body).error).toMatch(/^Too many expensive requests .* Try again after/);
    }
    // Deep numbered pages name the cursor; exclusion-only exact counts ask for a word.
    const deep = answers.filter((_, i) => i % 6 === 5 && answers[i]!.status === 400);
    expect(deep.length).toBeGreaterThan(0);
    for (const answer of deep) expect(JSON.parse(answer.body).error).toMatch(/after=/);

    await expect.poll(activeStatements, { timeout: 5000, interval: 100 }).toBe(0);
  }, 120_000);
});

describe('a request whose client goes away', () => {
  // Many exclusions, so each article's test costs more and the statement runs long enough to watch.
  const slowPath = () => `/api/articles/export?q=${Array.from({ length: 12 }, (_, i) => `-${nonsense(i)}`).join('+')}`;

  it('has its statement cancelled in PostgreSQL, well before it would have ended', async () => {
    const whole = await timed(async () => (await fetch(`${app.url}${slowPath()}`)).status);
    expect([200, 503]).toContain(whole.value);
    // Needed for the comparison to mean anything: the statement runs for a while on its own.
    expect(whole.ms).toBeGreaterThan(800);
    await expect.poll(activeStatements, { timeout: 5000, interval: 50 }).toBe(0);

    const controller = new AbortController();
    const abandoned = fetch(`${app.url}${slowPath()}`, { signal: controller.signal }).catch(() => null);
    await expect.poll(activeStatements, { timeout: 5000, interval: 20 }).toBeGreaterThan(0);
    controller.abort();
    await abandoned;
    const stopped = await timed(() => expect.poll(activeStatements, { timeout: 5000, interval: 20 }).toBe(0));
    expect(stopped.ms).toBeLessThan(whole.ms / 2);
    // The server goes on answering.
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  }, 60_000);
});
