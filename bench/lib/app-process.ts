import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop: () => Promise<void>;
}

export interface AppProcessOptions {
  port: number;
  /** Without one, the server starts the embedded PostgreSQL named by DATA_DIR and EMBEDDED_PG_PORT in `env`. */
  databaseUrl?: string;
  /** Extra environment, e.g. DATABASE_REPLICA_URLS. */
  env?: Record<string, string>;
  /** Where the output also goes, appended. */
  logFile?: string;
  cwd?: string;
}

/**
 * The production server (`npm start`, scripts/serve.ts) as a child process on loopback, for the
 * load test and the operations tests. It runs node directly (no npm or npx in between), so a
 * signal sent to it reaches the server itself.
 */
export async function startAppProcess(options: AppProcessOptions): Promise<AppProcess> {
  const cwd = options.cwd ?? process.cwd();
  // next.config.js puts the build in NEXT_DIST_DIR, where the server finds it.
  const build = path.resolve(cwd, options.env?.NEXT_DIST_DIR || process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  if (!fs.existsSync(build)) throw new Error('No production build: run `npm run build` first.');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd,
    env: {
      ...env,
      ...options.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
      // The server must not seed demo articles into a database a test or the load test prepared.
      CORPUS_DIR: path.join(cwd, '.data', 'no-corpus'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : null;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    log?.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const url = `http://127.0.0.1:${options.port}`;
  const app: AppProcess = {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      // A bound, so that a hung server cannot hang its caller, with room for what a clean stop
      // does: an embedded PostgreSQL made for the run writes its shutdown checkpoint, which took
      // more than 10 s on a busy machine.
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      log?.end();
    },
  };
  await waitUntilHealthy(app);
  return app;
}

async function waitUntilHealthy(app: AppProcess, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`The server exited:\n${app.output().slice(-2000)}`);
    try {
      if ((await fetch(`${app.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await app.stop();
  throw new Error(`The server did not answer ${app.url}/api/health within ${seconds} s:\n${app.output().slice(-2000)}`);
}
