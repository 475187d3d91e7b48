/**
 * `npm start`: the production server (after `npm run build`) on PORT (3000) and HOST (127.0.0.1),
 * with the database prepared first, clean 503 pages while PostgreSQL is down, and recovery
 * without a restart (lib/ops/server.ts). The embedded PostgreSQL, if this process started it, is
 * stopped on Ctrl-C or SIGTERM so its data folder stays clean.
 */
import { prepareDatabase } from './prepare-database';

Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

async function main(): Promise<void> {
  let database;
  try {
    database = await prepareDatabase();
  } catch (error) {
    console.error(`\nThe reading room could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { startServer } = await import('../lib/ops/server');
  const server = await startServer({
    port: Number(process.env.PORT ?? 3000),
    hostname: process.env.HOST ?? '127.0.0.1',
    databaseUrl: database.url,
  });
  console.log(`Reading room ready on ${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch((error: unknown) => console.error('Closing the server failed:', error));
    await database.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
