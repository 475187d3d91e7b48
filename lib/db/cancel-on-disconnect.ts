import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/**
 * Stops a request's statements in PostgreSQL when its client goes away. Prisma takes no
 * AbortSignal, and a statement whose caller has gone keeps its backend busy until it finishes or
 * the statement timeout stops it. So the pools behind Prisma note, per request, which connection
 * each statement runs on (the backend's pid is known from the moment it connected); when the
 * request's signal aborts, `pg_cancel_backend` is sent for those pids from a connection of its own,
 * and statements the request would start afterwards fail before reaching the database.
 */

interface Scope {
  signal: AbortSignal;
  /** Connections checked out by this request, with the settings of the server they are on. */
  running: Map<pg.PoolClient, pg.ClientConfig>;
  /** While a cancel is being sent, a connection is not handed back: its pid must still be ours. */
  cancelling: Promise<void> | null;
}

// Shared through globalThis: route handlers and the pools may be loaded as separate module copies.
const globalForScopes = globalThis as unknown as { readingRoomCancelScopes?: AsyncLocalStorage<Scope> };
const scopes = (globalForScopes.readingRoomCancelScopes ??= new AsyncLocalStorage<Scope>());

/** What a statement the request tried to start after its client had gone fails with. */
export class RequestAbandoned extends Error {
  constructor() {
    super('The client went away before this statement started, so it was not run.');
    this.name = 'RequestAbandoned';
  }
}

/**
 * Runs `work` so that every statement it starts through a cancellable pool is cancelled when
 * `signal` aborts (a route handler's `request.signal`, which Next aborts when the client disconnects).
 */
export async function cancelOnDisconnect<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const scope: Scope = { signal, running: new Map(), cancelling: null };
  const onAbort = () => {
    if (scope.running.size === 0) return;
    scope.cancelling = cancelBackends([...scope.running]).finally(() => {
      scope.cancelling = null;
    });
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    // Awaited inside the scope: a Prisma query is lazy, and starts when it is awaited.
    return await scopes.run(scope, async () => await work());
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Sends `pg_cancel_backend` for each connection, once per server, from a connection of its own. */
async function cancelBackends(running: [pg.PoolClient, pg.ClientConfig][]): Promise<void> {
  const byServer = new Map<pg.ClientConfig, number[]>();
  for (const [client, config] of running) {
    const pid = (client as pg.PoolClient & { processID?: number }).processID;
    if (typeof pid === 'number') byServer.set(config, [...(byServer.get(config) ?? []), pid]);
  }
  await Promise.all(
    [...byServer].map(async ([config, pids]) => {
      const canceller = new pg.Client(config);
      try {
        await canceller.connect();
        await canceller.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
      } catch {
        // The server is unreachable: the statements stop at the statement timeout instead.
      } finally {
        await canceller.end().catch(() => undefined);
      }
    }),
  );
}

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

/**
 * A pg pool whose checkouts inside `cancelOnDisconnect` are noted for cancelling. `Pool.query`,
 * which Prisma's adapter uses for every statement outside a transaction, checks out through
 * `connect`, so wrapping `connect` covers it and transactions alike.
 */
export function cancellablePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const connect = pool.connect.bind(pool) as (callback?: ConnectCallback) => Promise<pg.PoolClient> | undefined;
  const checkOut = async (scope: Scope): Promise<pg.PoolClient> => {
    if (scope.signal.aborted) throw new RequestAbandoned();
    const client = (await connect())!;
    if (scope.signal.aborted) {
      client.release();
      throw new RequestAbandoned();
    }
    scope.running.set(client, config);
    const release = client.release;
    client.release = (err?: Error | boolean) => {
      scope.running.delete(client);
      if (scope.cancelling) void scope.cancelling.then(() => release(err));
      else release(err);
    };
    return client;
  };
  pool.connect = ((callback?: ConnectCallback) => {
    const scope = scopes.getStore();
    if (!scope) return connect(callback);
    const checkedOut = checkOut(scope);
    if (!callback) return checkedOut;
    checkedOut.then(
      (client) => callback(undefined, client, client.release),
      (error: Error) => callback(error, undefined, () => undefined),
    );
    return undefined;
  }) as typeof pool.connect;
  return pool;
}
