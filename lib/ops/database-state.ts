import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the process knows about its primary database, shared through globalThis because the
 * custom server (scripts/serve.ts) and Next's bundled server code load separate copies of this
 * module: the pool's error events (seen inside Next) and the health probe (run by the server)
 * must flip one flag.
 */
export interface DatabaseState {
  up: boolean;
  /** Asks the server's probe to check now (set by lib/ops/database-monitor.ts). */
  probeNow: () => void;
  /** Requests that must read their own writes run inside this store with `primary: true`. */
  readContext: AsyncLocalStorage<{ primary: boolean }>;
}

const globalForState = globalThis as unknown as { readingRoomDatabaseState?: DatabaseState };

export function databaseState(): DatabaseState {
  globalForState.readingRoomDatabaseState ??= {
    up: true,
    probeNow: () => {},
    readContext: new AsyncLocalStorage(),
  };
  return globalForState.readingRoomDatabaseState;
}

export function setDatabaseUp(up: boolean): void {
  databaseState().up = up;
}

/** A lost connection may mean the server is gone: let the probe decide, at once. */
export function reportConnectionError(): void {
  databaseState().probeNow();
}

/** True inside a request that must see the primary (lib/ops/server.ts decides which). */
export function mustReadPrimary(): boolean {
  return databaseState().readContext.getStore()?.primary ?? false;
}
