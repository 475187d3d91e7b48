/**
 * `npm start`: the production server (after `npm run build`) on PORT (3000) and HOST (127.0.0.1),
 * with the database prepared first (lib/ops/server.ts says what the server adds to Next). With WEB_CONCURRENCY=N (lib/env.ts) this process
 * prepares the database once and runs N server processes sharing the port, replacing any that
 * dies. The embedded PostgreSQL, if this process started it, is stopped on Ctrl-C or SIGTERM so
 * its data folder stays clean.
 */
import cluster from 'node:cluster';
import { takeOverShutdownSignals } from '../lib/db/embedded';
import { checkSettings, type Settings } from '../lib/env';
import { prepareDatabase } from './prepare-database';

Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

function fail(error: unknown): never {
  console.error(`\nThe reading room could not start: ${(error as Error).message}`);
  process.exit(1);
}

let started: Settings;
try {
  // Every bad setting stops the start here, named, before PostgreSQL is prepared or a port taken.
  started = checkSettings(process.env, { serving: true });
} catch (error) {
  fail(error);
}
const { PORT: port, HOST: hostname } = started;

/** Runs one server in this process, on DATABASE_URL; `stopDatabase` is for the process that started PostgreSQL. */
async function serve(stopDatabase: () => Promise<void>): Promise<void> {
  const { startServer } = await import('../lib/ops/server');
  const server = await startServer({ port, hostname }).catch(fail);
  if (cluster.isPrimary) console.log(`Reading room ready on ${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch((error: unknown) => console.error('Closing the server failed:', error));
    await stopDatabase().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
    process.exit(0);
  };
  takeOverShutdownSignals(() => void stop());
}

/** Forks `count` servers, replaces one that dies once all were up, and stops them all on a signal. */
function superviseWorkers(count: number, databaseUrl: string, stopDatabase: () => Promise<void>): void {
  let listening = 0;
  let ready = false;
  let stopping = false;
  const fork = () => cluster.fork({ DATABASE_URL: databaseUrl });
  cluster.on('listening', (worker) => {
    listening += 1;
    if (ready) console.log(`Server process ${worker.process.pid} is serving in its place.`);
    else if (listening === count) {
      ready = true;
      console.log(`Reading room ready on http://${hostname}:${port} (${count} server processes)`);
    }
  });
  let exitCode = 0;
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  cluster.on('exit', (worker, code, signal) => {
    const how = signal ?? `code ${code}`;
    if (!stopping && ready) {
      console.error(`Server process ${worker.process.pid} exited (${how}); starting another.`);
      fork();
      return;
    }
    if (!stopping) {
      // A process that dies before every one is up points at a fault a restart will not mend.
      console.error(`\nThe reading room could not start: a server process exited (${how}) while starting.`);
      exitCode = 1;
      stopAll();
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) {
      console.log('Every server process has stopped.');
      void stopDatabase().finally(() => process.exit(exitCode));
    }
  });
  takeOverShutdownSignals(stopAll);
  for (let i = 0; i < count; i++) fork();
}

/**
 * A closed log pipe means whatever started this process is gone (a killed benchmark, a closed
 * terminal pipe). Every later log line would fail again, and Next logs each failure, so the process
 * spun on write errors at 70% of a core; it stops instead, as on SIGTERM.
 */
function stopWhenTheLogPipeCloses(): void {
  let closed = false;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' || closed) return;
      closed = true;
      process.kill(process.pid, 'SIGTERM');
    });
  }
}

async function main(): Promise<void> {
  stopWhenTheLogPipeCloses();
  if (cluster.isWorker) {
    // The primary prepared the database and owns the embedded PostgreSQL, if any.
    await serve(async () => {});
    return;
  }
  const workers = started.WEB_CONCURRENCY;
  const database = await prepareDatabase().catch(fail);
  if (workers === 1) await serve(database.stop);
  else superviseWorkers(workers, database.url, database.stop);
}

void main();
