import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../lib/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
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
  project.provide('adminDatabaseUrl', handle.url);
  return async () => {
    await handle.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
