import { PrismaPg } from '@prisma/adapter-pg';
import { settings } from '../env';
import { readContext, reportConnectionError } from '../ops/database-state';
import { cancellablePool } from './cancel-on-disconnect';
import { expensiveAtOnce, isExpensiveWork } from './expensive-work';
import { PrismaClient } from './generated/client';
import { readStatementTimeoutMs } from './read-timeout';

// One client per process (and one per read replica). In development Next reloads modules, so the
// instances are kept on globalThis to avoid opening new pools on every edit.
const globalForPrisma = globalThis as unknown as {
  readingRoomPrisma?: PrismaClient;
  readingRoomReadPrimary?: PrismaClient;
  readingRoomReplicas?: PrismaClient[];
  readingRoomNextReplica?: number;
  readingRoomExpensive?: Map<string, PrismaClient>;
};

interface PoolSettings {
  statementTimeoutMs?: number;
  max?: number;
  /** Server settings for each connection, as `-c name=value` options. */
  options?: string;
}

/**
 * `statementTimeoutMs` is sent as a connection setting, so every statement on the pool is bounded.
 * The pool's statements are cancelled when the request they run for is abandoned by its client
 * (lib/db/cancel-on-disconnect.ts).
 */
function createClient(
  connectionString: string,
  { statementTimeoutMs, max = settings().DB_POOL_SIZE, options }: PoolSettings = {},
): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      cancellablePool({ connectionString, max, statement_timeout: statementTimeoutMs, options }),
      // A pooled connection that dies (the server restarted, a failover) is dropped by the pool and
      // replaced on next use; telling the outage monitor lets the app answer 503 at once meanwhile.
      { onPoolError: reportConnectionError, disposeExternalPool: true },
    ),
  });
}

/**
 * The connections for expensive work (lib/db/expensive-work.ts) on one server: as many as may run
 * at once, each statement on one core (no parallel workers), bounded by the read timeout.
 */
function expensiveClient(url: string): PrismaClient {
  globalForPrisma.readingRoomExpensive ??= new Map();
  let client = globalForPrisma.readingRoomExpensive.get(url);
  if (!client) {
    client = createClient(url, {
      statementTimeoutMs: readStatementTimeoutMs(),
      max: expensiveAtOnce(),
      options: '-c max_parallel_workers_per_gather=0',
    });
    globalForPrisma.readingRoomExpensive.set(url, client);
  }
  return client;
}

function primaryUrl(): string {
  const connectionString = settings().DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which set it.');
  }
  return connectionString;
}

/** The primary without a statement timeout: every write, and what the admin and tools read. */
export function db(): PrismaClient {
  globalForPrisma.readingRoomPrisma ??= createClient(primaryUrl());
  return globalForPrisma.readingRoomPrisma;
}

/**
 * The primary through a pool of its own whose statements stop after READ_STATEMENT_TIMEOUT_MS:
 * the public reads when there is no replica, or when the request must see a write just made
 * (committed writes are visible to every connection).
 */
function readPrimary(): PrismaClient {
  if (isExpensiveWork()) return expensiveClient(primaryUrl());
  globalForPrisma.readingRoomReadPrimary ??= createClient(primaryUrl(), { statementTimeoutMs: readStatementTimeoutMs() });
  return globalForPrisma.readingRoomReadPrimary;
}

/** `DATABASE_REPLICA_URLS`: read replicas, separated by commas or whitespace. */
export const replicaUrls = (): readonly string[] => settings().DATABASE_REPLICA_URLS;

/**
 * A client for reads that may lag the primary by a moment (the reading room, the API, exports),
 * each statement bounded by READ_STATEMENT_TIMEOUT_MS (lib/db/read-timeout.ts):
 * one of the read replicas, taken in turn per request and kept for the whole request (so a page
 * and its counts come from one replica), or the primary when none is configured or when the
 * current request has just written (lib/ops/server.ts marks those requests). Expensive work reads
 * through connections of its own on the same server.
 */
export function readDb(): PrismaClient {
  const urls = replicaUrls();
  const context = readContext();
  if (urls.length === 0 || context?.primary) return readPrimary();
  const timeout = readStatementTimeoutMs();
  globalForPrisma.readingRoomReplicas ??= urls.map((url) => createClient(url, { statementTimeoutMs: timeout }));
  let replica = context?.replica;
  if (replica === undefined) {
    replica = ((globalForPrisma.readingRoomNextReplica ?? -1) + 1) % urls.length;
    globalForPrisma.readingRoomNextReplica = replica;
    if (context) context.replica = replica;
  }
  return isExpensiveWork() ? expensiveClient(urls[replica]!) : globalForPrisma.readingRoomReplicas[replica]!;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.readingRoomPrisma?.$disconnect();
  await globalForPrisma.readingRoomReadPrimary?.$disconnect();
  await Promise.all(
    [...(globalForPrisma.readingRoomReplicas ?? []), ...(globalForPrisma.readingRoomExpensive?.values() ?? [])].map((client) =>
      client.$disconnect(),
    ),
  );
  globalForPrisma.readingRoomPrisma = undefined;
  globalForPrisma.readingRoomExpensive = undefined;
  globalForPrisma.readingRoomReadPrimary = undefined;
  globalForPrisma.readingRoomReplicas = undefined;
}
