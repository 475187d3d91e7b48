import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

// The arguments are read before anything else: no database is started or asked for these runs.
async function run(script: string, args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)('node_modules/.bin/tsx', [`scripts/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' },
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

// Each case starts tsx, which compiles the script's imports: seconds apiece on a busy machine.
describe('backup and restore arguments', { timeout: 60_000 }, () => {
  it.each([
    ['backup', ['--nonsense'], /^Unknown option '--nonsense'\./, 'Usage: npm run backup -- [--out FOLDER]'],
    ['backup', ['--out'], /^Option '--out <value>' argument missing\./, 'Usage: npm run backup -- [--out FOLDER]'],
    ['restore', [], /^Name the backup folder: /, 'Usage: npm run restore -- FOLDER'],
    ['restore', ['one', 'two'], /^Name one backup folder, not 2\./, 'Usage: npm run restore -- FOLDER'],
  ])('%s %j: one sentence, the usage, exit 2', async (script, args, sentence, usage) => {
    const { code, stderr } = await run(script, args);
    expect(code, stderr).toBe(2);
    const [first, ...rest] = stderr.trim().split('\n\n');
    expect(first).toMatch(sentence);
    expect(rest).toEqual([usage]);
  });

  it('refuses a database URL with its own sentence before reading the rest', async () => {
    const { code, stderr } = await run('restore', ['one', 'postgresql://someone:secret@db/reading']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Restore failed: restore takes no database URL on the command line/);
  });
});
