import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the process knows about its primary database, shared through globalThis because the
 * custom server (scripts/serve.ts) and Next's bundled server code load separate copies of this
 * module: the pool's error events (seen inside Next) and the health probe (run by the server)
 * must flip one flag.
 */
export interface ReadContext {
  primary: boolean;
  replica?: number;
}

export interface DatabaseState {
  up: boolean;
  /** Asks the server's probe to check now, and answers whether PostgreSQL is up (set by lib/ops/database-monitor.ts). */
  checkNow: () => Promise<boolean>;
  /** Each request runs inside this store: `primary` when it must read its own writes, and the replica it reads from. */
  readContext: AsyncLocalStorage<ReadContext>;
  /** Whether a monitor (lib/ops/database-monitor.ts) keeps `up` current in this process. */
  monitored: boolean;
}

const globalForState = globalThis as unknown as { readingRoomDatabaseState?: DatabaseState };

export function databaseState(): DatabaseState {
  globalForState.readingRoomDatabaseState ??= {
    up: true,
    checkNow: async () => true,
    readContext: new AsyncLocalStorage(),
    monitored: false,
  };
  return globalForState.readingRoomDatabaseState;
}

export function setDatabaseUp(up: boolean): void {
  databaseState().up = up;
}

/** A lost connection may mean the server is gone: let the probe decide, at once. */
export function reportConnectionError(): void {
  void databaseState().checkNow();
}

/** The current request's read context (lib/ops/server.ts sets it under `npm start`), if any. */
export function readContext(): ReadContext | undefined {
  return databaseState().readContext.getStore();
}
