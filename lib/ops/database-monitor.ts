import pg from 'pg';
import { settings } from '../env';
import { databaseState, setDatabaseUp } from './database-state';

export interface DatabaseMonitor {
  stop: () => void;
}

const PROBE_TIMEOUT_MS = 3000;

type ProbeAnswer = 'up' | 'down' | 'slow';

/**
 * 'down' only when PostgreSQL says so (refused, shutting down, starting up, connection cut); a
 * probe that merely times out is 'slow' and changes nothing: a busy database under load must not
 * turn every page into a 503.
 */
async function probeOnce(connectionString: string): Promise<ProbeAnswer> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  // A connection refused or cut during the probe is the answer, not a crash.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return 'up';
  } catch (error) {
    return /timeout/i.test(error instanceof Error ? error.message : '') ? 'slow' : 'down';
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Watches the primary with a fresh connection every second (twice a second while it is down) and
 * keeps the shared flag that proxy.ts reads, so requests get a 503 page during an outage
 * and reach the app again as soon as PostgreSQL answers, with no restart. Lost pool connections
 * and 5xx answers ask for a probe at once rather than waiting for the next tick.
 */
export function startDatabaseMonitor(
  connectionString: string,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
): DatabaseMonitor {
  const interval = options.intervalMs ?? 1000;
  const log = options.log ?? (() => {});
  let inFlight: Promise<boolean> | null = null;
  let next: Promise<boolean> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const check = async (): Promise<boolean> => {
    const answer = await probeOnce(connectionString);
    const was = databaseState().up;
    const up = answer === 'slow' ? was : answer === 'up';
    setDatabaseUp(up);
    if (was !== up) log(up ? 'PostgreSQL answers again; serving requests.' : 'PostgreSQL does not answer; serving 503 until it does.');
    return up;
  };
  // One probe at a time. One asked for meanwhile runs right after, and its caller gets that
  // answer: the probe under way may have started before the failure it was asked about.
  const probe = (): Promise<boolean> => {
    if (inFlight) {
      next ??= inFlight.then(() => {
        next = null;
        return stopped ? databaseState().up : probe();
      });
      return next;
    }
    inFlight = check().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void probe().then(schedule), databaseState().up ? interval : interval / 2);
    timer.unref();
  };
  databaseState().checkNow = probe;
  databaseState().monitored = true;
  schedule();
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      databaseState().checkNow = async () => true;
      databaseState().monitored = false;
    },
  };
}

/**
 * Starts this process's monitor of DATABASE_URL unless one runs already. The proxy calls it on
 * every request, so the outage page works the same under `npm run dev`, `npm start` and
 * `next start`, with nothing to start by hand; the monitor's timer never keeps a process alive.
 */
export function ensureDatabaseMonitor(): void {
  if (databaseState().monitored) return;
  const url = settings().DATABASE_URL;
  if (url) startDatabaseMonitor(url, { log: console.log });
}
