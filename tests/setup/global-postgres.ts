import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../lib/db/embedded';
import { quoteIdent } from '../../lib/ops/backup-format';
import { freePort } from '../../bench/lib/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole test run: `TEST_DATABASE_URL` when given (a server whose user
 * may create databases), otherwise an embedded one in a temporary folder, removed afterwards.
 * Each integration test file creates its own database in it (tests/helpers/test-database.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-test-'));
  const handle = await startEmbedded({ dataDir, port: await freePort(), database: 'postgres' });
  // The tests run as the app does, as its role, which may not create databases: this server's
  // may, for the database each test file makes of its own.
  const superuser = new pg.Client({ connectionString: handle.superuserUrl });
  await superuser.connect();
  try {
    await superuser.query(`ALTER ROLE ${quoteIdent(new URL(handle.url).username)} CREATEDB`);
  } finally {
    await superuser.end();
  }
  project.provide('adminDatabaseUrl', handle.url);
  return async () => {
    await handle.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
