import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from '../../lib/db/embedded';
import { BULK_LOAD_SETTINGS } from '../../bench/lib/bulk-load';
import { freePort } from '../../bench/lib/free-port';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-settings-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function shown(url: string, names: readonly string[]): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name`,
      [names],
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  it("takes settings for one start only (corpus:generate's bulk load)", async () => {
    const names = Object.keys(BULK_LOAD_SETTINGS);
    const port = await freePort();
    const loading = await startEmbedded({ dataDir, port, database: 'postgres', settings: BULK_LOAD_SETTINGS });
    try {
      expect(await shown(loading.url, names)).toEqual(BULK_LOAD_SETTINGS);
    } finally {
      await loading.stop();
    }
    const next = await startEmbedded({ dataDir, port, database: 'postgres' });
    try {
      expect(await shown(next.url, names)).toEqual({ max_wal_size: '1GB', checkpoint_timeout: '5min' });
    } finally {
      await next.stop();
    }
  }, 60_000);
});
