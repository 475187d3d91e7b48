import { settings } from '../env';

/**
 * The longest a single statement may run on the read pool (the reading room, the API, exports and
 * feeds): an anonymous reader's search must not hold a connection, and the CPU behind it, for as
 * long as it likes. Writes (the admin, migrations, bulk loads, backups) go through other
 * connections and have no such limit.
 */

/** `READ_STATEMENT_TIMEOUT_MS` (lib/env.ts). */
export const readStatementTimeoutMs = () => settings().READ_STATEMENT_TIMEOUT_MS;

// PostgreSQL's `query_canceled`: what a statement stopped by `statement_timeout` fails with.
const QUERY_CANCELED = '57014';

/**
 * Whether an error is a statement stopped by the statement timeout. Prisma wraps the driver's
 * error in a few shapes (a known request error with the code in `meta`, or the adapter's error
 * with the original code under `cause`), so every nested object is looked at.
 */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 5) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === QUERY_CANCELED || record.originalCode === QUERY_CANCELED) return true;
    return Object.values(record).some((child) => visit(child, depth + 1)) || visit(record.cause, depth + 1);
  };
  return visit(error, 0);
}
