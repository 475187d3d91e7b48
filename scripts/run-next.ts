import { spawn } from 'node:child_process';
import { takeOverShutdownSignals } from '../lib/db/embedded';
import { checkSettings } from '../lib/env';
import { prepareDatabase } from './prepare-database';

/**
 * Runs `next <command>` with the database prepared, and stops the embedded PostgreSQL when Next
 * exits or the user presses Ctrl-C, so the data folder is always left clean.
 */
export async function runNext(command: 'dev'): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  let database;
  let port: number;
  try {
    // Every bad setting stops the start here, named, before PostgreSQL is prepared.
    port = checkSettings().PORT;
    database = await prepareDatabase();
  } catch (error) {
    console.error(`\nThe reading room could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), command, '--port', String(port)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url },
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await database.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
    process.exit(code);
  };
  takeOverShutdownSignals(() => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
}
