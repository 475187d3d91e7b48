import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/lib/free-port';

const ROOT = path.resolve(__dirname, '../..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-settings-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Runs a start script as `npm start` / `npm run dev` do; it must stop before it needs a build. */
function start(script: string, env: Record<string, string>) {
  const dataDir = path.join(scratch, script);
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.DATABASE_URL;
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...base, DATA_DIR: dataDir, ...env },
  });
  return { ...child, preparedDatabase: fs.existsSync(dataDir) };
}

describe('a start with a bad setting', () => {
  it('npm start refuses with the sentence, before preparing PostgreSQL or listening', async () => {
    const port = await freePort();
    const child = start('serve.ts', { DB_POOL_SIZE: 'abc', PORT: String(port) });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('The reading room could not start: DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".');
    expect(child.stdout).toBe('');
    expect(child.preparedDatabase).toBe(false);
  });

  it('npm start names every bad setting at once', async () => {
    const child = start('serve.ts', { DB_POOL_SIZE: 'abc', PORT: String(await freePort()), HOST: '0.0.0.0', SITE_URL: '' });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(
      '2 settings are not valid:\n  DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".\n  SITE_URL is not set, and the server would listen on 0.0.0.0',
    );
  });

  it('npm run dev refuses with the sentence before preparing PostgreSQL', () => {
    const child = start('dev.ts', { READ_STATEMENT_TIMEOUT_MS: '5s' });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(
      'The reading room could not start: READ_STATEMENT_TIMEOUT_MS must be a whole number from 100 to 600000 (milliseconds); it is "5s".',
    );
    expect(child.preparedDatabase).toBe(false);
  });
});
