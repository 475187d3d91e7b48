/**
 * Load benchmark of the production server against a synthetic corpus (issue 5, "Scale").
 *
 *   npm run build && npm run bench -- [--sizes 100000,1000000] [--seconds 10] [--requests 1000]
 *                                     [--concurrency 8] [--port 3391] [--pg-port 54391] [--data-dir .data/bench]
 *                                     [--count-cache]
 *
 * For each size it grows the bench database (its own DATA_DIR, never the developer's) to that many
 * articles with bench/corpus-generate.ts, starts `scripts/serve.ts` on a loopback port with an
 * empty CORPUS_DIR (no demo seed), and measures p50/p95/p99 and requests/s at 8 concurrent
 * connections for the reading room, a filtered view, searches and an article page; then the same
 * queries straight through lib/articles (database alone), and the gzipped JavaScript the browser
 * loads. Every phase is bounded; the server and PostgreSQL are stopped at the end.
 *
 * First it measures the floor: app/[locale]/bench-floor, a page of the list's shape and about its
 * size in the same layout, rendered from no data (the server gets READING_ROOM_BENCH_FLOOR=1 to
 * serve it). Each view's p50 and p95 are printed as a multiple of the floor's, at the same
 * concurrency in the same run, so what Next and the layout cost any page stands beside every
 * figure. The build is the one in NEXT_DIST_DIR (default .next), as for the server.
 *
 * The bench repeats each request, so the cache of search counts (lib/articles/count-cache.ts)
 * would answer all but the first: it is off unless --count-cache, so that searches show what
 * counting costs. With --count-cache they show what a repeated search (the next page, the other
 * order, a colleague's) costs. Every page is rendered: a page asked for again is served by the
 * HTTP cache in front (docs/operations.md), which this does not measure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { startEmbedded, type DatabaseHandle } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { optionalPositiveNumber, optionalWholeNumber, readArguments, wholeNumber } from '../scripts/lib/arguments';
import { runLoad, type LoadResult } from './lib/load';

interface Options {
  sizes: number[];
  seconds: number;
  requests: number;
  concurrency: number;
  port: number;
  pgPort: number;
  dataDir: string;
  countCache: boolean;
}

const USAGE =
  'Usage: npm run bench -- [--sizes 100000,1000000] [--seconds 10] [--requests 1000] [--concurrency 8] ' +
  '[--port 3391] [--pg-port 54391] [--data-dir .data/bench] [--count-cache]';

function parseOptions(): Options {
  const { values, fail } = readArguments(USAGE, {
    options: {
      sizes: { type: 'string' },
      seconds: { type: 'string' },
      requests: { type: 'string' },
      concurrency: { type: 'string' },
      port: { type: 'string' },
      'pg-port': { type: 'string' },
      'data-dir': { type: 'string' },
      'count-cache': { type: 'boolean' },
    },
  });
  const whole = (name: 'requests' | 'concurrency' | 'port' | 'pg-port', fallback: number) =>
    optionalWholeNumber(fail, name, values[name], fallback, 1);
  const o: Options = {
    sizes: values.sizes
      ? values.sizes
          .split(',')
          .map((size) => wholeNumber(fail, 'sizes', size, 1))
          .sort((a, b) => a - b)
      : [100_000, 1_000_000],
    seconds: optionalPositiveNumber(fail, 'seconds', values.seconds, 10),
    requests: whole('requests', 1000),
    concurrency: whole('concurrency', 8),
    port: whole('port', 3391),
    pgPort: whole('pg-port', 54391),
    dataDir: path.resolve(values['data-dir'] ?? '.data/bench'),
    countCache: values['count-cache'] ?? false,
  };
  if (path.resolve(o.dataDir) === path.resolve(process.env.DATA_DIR ?? '.data')) fail('--data-dir must not be the app’s own DATA_DIR');
  return o;
}

/**
 * Common and rare words per script (the rare ones are corpus-generate's known rare words), and one
 * English word in about 2.5% of the articles, where relevance order's plan changes (list.ts).
 */
const SEARCHES: { label: string; q: string }[] = [
  { label: 'search en common', q: 'trade' },
  { label: 'search en middling', q: 'glaciers' },
  { label: 'search en rare', q: 'zeppelin' },
  { label: 'search vi common', q: 'thương' },
  { label: 'search vi rare', q: 'quỳnh' },
  { label: 'search ar common', q: 'التجارة' },
  { label: 'search ar rare', q: 'مزمار' },
  { label: 'search fa common', q: 'تجارت' },
  { label: 'search fa rare', q: 'کوکنارزار' },
];

interface Scenario {
  label: string;
  /** Path and query for the server; `{id}` is replaced by an article id. */
  path: string;
  query?: string;
  article?: boolean;
}

const SCENARIOS: Scenario[] = [
  { label: 'reading room /en', path: '/en', query: '' },
  { label: 'pair+date filtered', path: '/en', query: 'pair=PK-US&from=2015-01-01&to=2018-12-31' },
  ...SEARCHES.map((s) => ({ label: s.label, path: '/en', query: new URLSearchParams({ q: s.q }).toString() })),
  // Date order reads a page differently from relevance (lib/articles/list.ts, FEW_MATCHES).
  { label: 'search en rare, date', path: '/en', query: 'q=zeppelin&sort=date' },
  { label: 'search en common, date', path: '/en', query: 'q=trade&sort=date' },
  { label: 'article page', path: '/en/articles/{id}', article: true },
];

/** app/[locale]/bench-floor: the list's shape and size with no data (READING_ROOM_BENCH_FLOOR). */
const FLOOR_PATH = '/en/bench-floor';

const log = (line = '') => console.log(line);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-');

async function countArticles(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM article')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function sampleIds(url: string, n: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM article TABLESAMPLE SYSTEM (1) REPEATABLE (42) WHERE status = 'published' LIMIT $1`,
      [n],
    );
    if (rows.length > 0) return rows.map((r) => r.id);
    return (await client.query<{ id: string }>(`SELECT id FROM article WHERE status = 'published' LIMIT $1`, [n])).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

function startServer(o: Options, url: string): ChildProcess {
  const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-empty-corpus-'));
  const child = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    env: {
      ...process.env,
      PORT: String(o.port),
      DATA_DIR: o.dataDir,
      EMBEDDED_PG_PORT: String(o.pgPort),
      DATABASE_URL: url,
      CORPUS_DIR: corpusDir,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOSTNAME: '127.0.0.1',
      SEARCH_COUNT_CACHE_ENTRIES: o.countCache ? '200' : '0',
      READING_ROOM_BENCH_FLOOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out = fs.createWriteStream(path.join(o.dataDir, 'server.log'), { flags: 'a' });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
}

async function waitForHealth(base: string, child: ChildProcess, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('The server exited; see server.log in the bench data folder.');
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not answer ${base}/api/health within ${seconds} s.`);
}

/**
 * The scripts a page loads and their size, gzipped. A `noModule` script (Next's polyfills) is
 * loaded only by browsers without JavaScript modules, none of them current, so it is counted apart.
 */
async function javascriptBytes(base: string, pagePath: string): Promise<{ files: number; raw: number; gzip: number; legacyGzip: number }> {
  const html = await (await fetch(base + pagePath)).text();
  const srcs = new Map<string, boolean>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&');
    if (src?.startsWith('/_next/static/')) srcs.set(src, /\snoModule[\s=>]/i.test(tag));
  }
  let raw = 0;
  let gzip = 0;
  let legacyGzip = 0;
  for (const [src, legacyOnly] of srcs) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
    const zipped = zlib.gzipSync(body, { level: 9 }).byteLength;
    if (legacyOnly) {
      legacyGzip += zipped;
      continue;
    }
    raw += body.byteLength;
    gzip += zipped;
  }
  return { files: [...srcs.values()].filter((legacyOnly) => !legacyOnly).length, raw, gzip, legacyGzip };
}

/** A server run's latencies with the mean size of the pages it was answered with. */
type ServerResult = LoadResult & { kilobytes: number };

const times = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(1)}x` : '-');
const cells = (values: string[], width: number) => values.map((value) => value.padStart(width)).join(' ');

const HEADER = [
  'view'.padEnd(22),
  'KB'.padStart(5),
  `server ${cells(['p50', 'p95', 'p99', 'req/s'], 6)}`,
  `floor ${cells(['p50', 'p95'], 5)}`,
  `db ${cells(['p50', 'p95', 'p99', 'q/s'], 6)}`,
  'server/db p50',
].join(' | ');

/** One view: the server's latencies, them as multiples of the floor's, the database's alone, and the server's p50 over the database's. */
function row(label: string, server: ServerResult, floor: LoadResult, database: LoadResult | null): string {
  return [
    label.padEnd(22),
    server.kilobytes.toFixed(0).padStart(5),
    `       ${cells([ms(server.p50), ms(server.p95), ms(server.p99), server.rps.toFixed(1)], 6)}${server.errors ? ` (${server.errors} err)` : ''}`,
    `      ${cells([times(server.p50, floor.p50), times(server.p95, floor.p95)], 5)}`,
    database
      ? `   ${cells([ms(database.p50), ms(database.p95), ms(database.p99), database.rps.toFixed(1)], 6)}`
      : `   ${cells(['-', '-', '-', '-'], 6)}`,
    (database ? times(server.p50, database.p50) : '-').padStart(13),
  ].join(' | ');
}

/** Runs `target(i)` against the server; every answer must be a 200. */
async function serverLoad(base: string, target: (i: number) => string, bounds: Parameters<typeof runLoad>[1]): Promise<ServerResult> {
  let bytes = 0;
  let answers = 0;
  const result = await runLoad(async (i) => {
    const address = target(i);
    const res = await fetch(base + address);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${address}: ${res.status}`);
    bytes += body.byteLength;
    answers++;
  }, bounds);
  return { ...result, kilobytes: answers > 0 ? bytes / answers / 1024 : NaN };
}

async function benchSize(o: Options, size: number, database: DatabaseHandle): Promise<void> {
  let have = await countArticles(database.url);
  if (have < size) {
    log(`Growing the bench corpus from ${have} to ${size} articles (bench/corpus-generate.ts)...`);
    const gen = spawnSync('npx', ['tsx', 'bench/corpus-generate.ts', '--count', String(size - have)], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: 'inherit',
    });
    if (gen.status !== 0) throw new Error('corpus-generate failed');
    have = await countArticles(database.url);
  }
  log(
    `\n=== ${have.toLocaleString('en')} articles${have !== size ? ` (asked for ${size.toLocaleString('en')}; the bench database already had more)` : ''} ===`,
  );

  const ids = await sampleIds(database.url, 200);
  const base = `http://127.0.0.1:${o.port}`;
  const server = startServer(o, database.url);
  try {
    await waitForHealth(base, server);
    // Read when lib/articles is first imported, just below: the database-alone runs match the server.
    process.env.SEARCH_COUNT_CACHE_ENTRIES = o.countCache ? '200' : '0';
    log(`Search counts cache: ${o.countCache ? 'on (repeated searches)' : 'off (every search counted)'}`);
    const { parseFilters } = await import('../lib/articles/filters');
    const { listArticles } = await import('../lib/articles/list');
    const { getArticle } = await import('../lib/articles/get');
    const { relatedCoverage } = await import('../lib/articles/related');
    const bounds = { concurrency: o.concurrency, maxRequests: o.requests, maxSeconds: o.seconds, warmup: 2 };
    log(`${o.concurrency} concurrent, up to ${o.requests} requests or ${o.seconds} s per line; latencies in ms`);
    log('KB: mean page size; floor: server time over the floor page’s (bench floor, no data), p50 and p95');
    log(HEADER);
    // The server has just started: one untimed run of the floor first warms what every page
    // shares (the proxy, the layout, the renderer), so the floor is not measured cold.
    await serverLoad(base, () => FLOOR_PATH, bounds);
    const floor = await serverLoad(base, () => FLOOR_PATH, bounds);
    if (floor.count === 0) throw new Error(`${FLOOR_PATH} answered no request with a 200; see server.log in the bench data folder.`);
    log(row('bench floor (no data)', floor, floor, null));
    for (const s of SCENARIOS) {
      const serverResult = await serverLoad(
        base,
        (i) => (s.article ? s.path.replace('{id}', ids[i % ids.length]!) : `${s.path}${s.query ? `?${s.query}` : ''}`),
        bounds,
      );
      const filters = parseFilters(new URLSearchParams(s.query ?? '')).filters;
      const dbResult = await runLoad(async (i) => {
        if (s.article) {
          // What the article page reads (but for its translations, a lookup by the article's id).
          const article = await getArticle(ids[i % ids.length]!);
          if (!article) throw new Error('article not found');
          await relatedCoverage(article);
        } else await listArticles(filters);
      }, bounds);
      log(row(s.label, serverResult, floor, dbResult));
    }
    for (const [label, p] of [
      ['reading room', '/en'],
      ['article page', `/en/articles/${ids[0]}`],
    ] as const) {
      const js = await javascriptBytes(base, p);
      log(
        `JavaScript for ${label}: ${js.files} files, ${(js.raw / 1024).toFixed(0)} KB, ${(js.gzip / 1024).toFixed(1)} KB gzipped (level 9)` +
          (js.legacyGzip > 0
            ? `; and ${(js.legacyGzip / 1024).toFixed(1)} KB gzipped of polyfills only browsers without modules load`
            : ''),
      );
    }
  } finally {
    const { disconnectDb } = await import('../lib/db/client');
    await disconnectDb();
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  const o = parseOptions();
  // next.config.js puts the build in NEXT_DIST_DIR, and the server started below finds it there.
  if (!fs.existsSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    console.error('No production build: run `npm run build` first, then `npm run bench`.');
    process.exit(1);
  }
  fs.mkdirSync(o.dataDir, { recursive: true });
  // The bench owns its PostgreSQL; the server started below shares it (lib/db/embedded.ts).
  const database = await startEmbedded({ dataDir: o.dataDir, port: o.pgPort });
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = o.dataDir;
  process.env.EMBEDDED_PG_PORT = String(o.pgPort);
  let code = 0;
  try {
    await migrate(database.url);
    for (const size of o.sizes) await benchSize(o, size, database);
  } catch (error) {
    console.error(`bench failed: ${(error as Error).message}`);
    code = 1;
  } finally {
    await database.stop();
  }
  process.exit(code);
}

void main();
