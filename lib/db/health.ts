import 'server-only';
import { db } from './client';

export type DatabaseHealth =
  { reachable: true; latencyMs: number; migrations: number; articles: number } | { reachable: false; error: string };

const TIMEOUT_MS = 3000;

/** Whether the database answers a trivial statement within the timeout; never throws. */
export async function databaseUp(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), TIMEOUT_MS);
    });
    await Promise.race([db().$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the database answers, and what it holds; never throws. */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const started = Date.now();
  try {
    const query = db().$queryRaw<{ migrations: number; articles: number }[]>`SELECT
      (SELECT count(*)::int FROM _migrations) AS migrations,
      (SELECT count(*)::int FROM article) AS articles`;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), TIMEOUT_MS));
    const [row] = await Promise.race([query, timeout]);
    return { reachable: true, latencyMs: Date.now() - started, migrations: row?.migrations ?? 0, articles: row?.articles ?? 0 };
  } catch (error) {
    // The message names the cause without leaking connection strings.
    const message = error instanceof Error ? error.message.replace(/postgres(ql)?:\/\/\S+/g, '[database]') : 'unknown error';
    return { reachable: false, error: message.split('\n')[0] ?? 'unknown error' };
  }
}
