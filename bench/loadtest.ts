/**
 * npm run loadtest -- [--seconds 60] [--connections 32] [--mix list:40,search:30,article:30]
 *                     [--port 3300] [--data-dir DIR] [--pg-port N] [--database-url URL]
 *                     [--fault [--fault-at 20] [--fault-for 10]] [--json FILE] [--no-count-cache]
 *                     [--nginx]
 *
 * Starts the production server (`npm run build` first) on loopback against the app's database
 * (DATABASE_URL / --database-url, else the embedded PostgreSQL in --data-dir or DATA_DIR; fill it
 * with `npm run corpus:generate -- --count 100000`), drives it with autocannon for a fixed time
 * and prints throughput, latency percentiles and error counts. --fault stops PostgreSQL during
 * the run and starts it again (embedded only), and reports the 503s and the time to recovery.
 * Every request is rendered, as a first view is (repeated views are for a cache in front: see
 * docs/operations.md). The server keeps searches' counts as in production; --no-count-cache
 * counts every time. --nginx puts Debian's nginx with the deployment guide's configuration
 * (deploy/nginx/reading-room.conf) in front and drives it instead, so repeated views are answered
 * from its cache as in a deployment; the report adds how nginx's cache answered.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbedded, type DatabaseHandle } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { optionalPositiveNumber, optionalWholeNumber, readArguments } from '../scripts/lib/arguments';
import { startAppProcess } from './lib/app-process';
import { buildLoadMix, parseMixWeights } from './lib/load-mix';
import { startNginx, type RunningNginx } from './lib/nginx';
import { freePort } from './lib/free-port';
import { formatReport, runLoad } from './lib/load-run';

interface Options {
  seconds: number;
  connections: number;
  mix: string;
  port: number;
  dataDir: string;
  pgPort: number;
  databaseUrl: string | null;
  fault: boolean;
  faultAt: number;
  faultFor: number;
  json: string | null;
  countCache: boolean;
  nginx: boolean;
}

const USAGE =
  'Usage: npm run loadtest -- [--seconds 60] [--connections 32] [--mix list:40,search:30,article:30] [--port 3300] ' +
  '[--data-dir DIR] [--pg-port N] [--database-url URL] [--fault [--fault-at 20] [--fault-for 10]] [--json FILE] [--no-count-cache] [--nginx]';

function parseOptions(): Options {
  const { values, fail } = readArguments(USAGE, {
    options: {
      seconds: { type: 'string' },
      connections: { type: 'string' },
      mix: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'pg-port': { type: 'string' },
      'database-url': { type: 'string' },
      fault: { type: 'boolean' },
      'fault-at': { type: 'string' },
      'fault-for': { type: 'string' },
      json: { type: 'string' },
      'no-count-cache': { type: 'boolean' },
      nginx: { type: 'boolean' },
    },
  });
  const number = (name: 'seconds' | 'fault-at' | 'fault-for', fallback: number) =>
    optionalPositiveNumber(fail, name, values[name], fallback);
  const whole = (name: 'connections' | 'port' | 'pg-port', fallback: number) => optionalWholeNumber(fail, name, values[name], fallback, 1);
  const o: Options = {
    seconds: number('seconds', 60),
    connections: whole('connections', 32),
    mix: values.mix ?? 'list:40,search:30,article:30',
    port: whole('port', 3300),
    dataDir: path.resolve(values['data-dir'] ?? process.env.DATA_DIR ?? '.data'),
    pgPort: whole('pg-port', Number(process.env.EMBEDDED_PG_PORT ?? 54329)),
    databaseUrl: values['database-url'] ?? process.env.DATABASE_URL ?? null,
    fault: values.fault ?? false,
    faultAt: number('fault-at', 20),
    faultFor: number('fault-for', 10),
    json: values.json ?? null,
    countCache: !values['no-count-cache'],
    nginx: values.nginx ?? false,
  };
  if (o.fault && o.databaseUrl) fail('--fault stops and starts the embedded PostgreSQL; it cannot stop a server named by a URL');
  if (o.fault && o.faultAt + o.faultFor >= o.seconds) fail('--fault-at plus --fault-for must end before --seconds');
  return o;
}

async function countArticles(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM article WHERE status = 'published'`)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const o = parseOptions();
  const embedded = { dataDir: o.dataDir, port: o.pgPort };
  let database: DatabaseHandle = o.databaseUrl
    ? { url: o.databaseUrl, embedded: false, stop: async () => {} }
    : await startEmbedded(embedded);
  if (o.fault && !database.embedded) {
    throw new Error(`PostgreSQL in ${o.dataDir} is already run by another process; stop it so --fault can stop and start it.`);
  }
  let server;
  let nginx: RunningNginx | undefined;
  try {
    await migrate(database.url);
    const articles = await countArticles(database.url);
    console.log(`${articles} published articles; building the request mix...`);
    const mix = await buildLoadMix(database.url, parseMixWeights(o.mix));
    server = await startAppProcess({
      port: o.port,
      databaseUrl: database.url,
      logFile: path.join(o.dataDir, 'loadtest-server.log'),
      // Behind nginx the client's address is the one nginx adds to X-Forwarded-For.
      env: { ...(o.countCache ? {} : { SEARCH_COUNT_CACHE_ENTRIES: '0' }), ...(o.nginx ? { TRUSTED_PROXY_HOPS: '1' } : {}) },
    });
    if (o.nginx) nginx = await startNginx({ upstreamPort: o.port, port: await freePort() });
    const target = nginx?.url ?? server.url;
    console.log(
      `Server ready on ${server.url}${nginx ? `, nginx in front on ${nginx.url}` : ''} (search count cache ${o.countCache ? 'on' : 'off'}); ${o.connections} connections for ${o.seconds} s${o.fault ? `, PostgreSQL stopped at ${o.faultAt} s for ${o.faultFor} s` : ''}...`,
    );
    const report = await runLoad(mix, {
      url: target,
      connections: o.connections,
      seconds: o.seconds,
      fault: o.fault
        ? {
            atSeconds: o.faultAt,
            outageSeconds: o.faultFor,
            stopDatabase: () => database.stop(),
            startDatabase: async () => {
              database = await startEmbedded(embedded);
            },
          }
        : undefined,
    });
    const cache = nginx?.cacheStatuses() ?? null;
    console.log(`\n${articles} articles\n${formatReport(report)}`);
    if (cache)
      console.log(
        `nginx cache: ${Object.entries(cache)
          .map(([status, n]) => `${n} ${status}`)
          .join(', ')}`,
      );
    if (o.json) fs.writeFileSync(o.json, `${JSON.stringify({ articles, ...report, nginxCache: cache }, null, 2)}\n`);
  } finally {
    await nginx?.stop();
    await server?.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`loadtest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
