import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import pg from 'pg';
import { startEmbedded, type DatabaseHandle } from '../../lib/db/embedded';
import { freePort } from '../../bench/lib/free-port';

export { freePort };

/** A PostgreSQL of the test's own, in a temporary folder, that the test may stop and start again. */
export interface OwnPostgres {
  dataDir: string;
  port: number;
  /** The app's role. */
  url: string;
  /** The server's superuser, for what the app's role may not do (replication). */
  superuserUrl: string;
  handle: DatabaseHandle;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  remove: () => Promise<void>;
}

export async function ownPostgres(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-ops-'))): Promise<OwnPostgres> {
  const port = await freePort();
  let handle = await startEmbedded({ dataDir, port });
  const own: OwnPostgres = {
    dataDir,
    port,
    url: handle.url,
    superuserUrl: handle.superuserUrl!,
    handle,
    stop: () => handle.stop(),
    start: async () => {
      handle = await startEmbedded({ dataDir, port });
      own.handle = handle;
    },
    remove: async () => {
      await handle.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return own;
}

export async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Signs in through the real login form, as a browser without JavaScript would post it (the
 * server action's hidden fields included), and returns the session cookie.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const html = await (await fetch(`${base}/en/admin/login`)).text();
  const form = new FormData();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.append(match[1]!, (match[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  form.append('email', email);
  form.append('password', password);
  const response = await fetch(`${base}/en/admin/login`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: base } });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('rr_session='));
  if (!session) throw new Error(`Sign-in failed with ${response.status}`);
  return session.split(';')[0]!;
}

/** POST /api/admin/publish with one file, as the upload form sends it. */
export async function publish(base: string, cookie: string, name: string, text: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([text], name, { type: 'text/plain' }));
  return fetch(`${base}/api/admin/publish`, { method: 'POST', body: form, headers: { cookie, origin: base } });
}

/** An article file the ingester accepts: a title, a date, a country pair, a unique body. */
export function articleFile(tag: string, paragraphs = 4): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `Officials from Pakistan and the United States met on 12 March 2024 to discuss counterterrorism cooperation, border security and intelligence sharing (${tag}, part ${i + 1}). ` +
      'They agreed on joint training and on closer work against the financing of armed groups in the region.',
  );
  return [`Pakistan and United States review security cooperation ${tag}`, '', ...body.flatMap((p) => [p, ''])].join('\n');
}

export const ADMIN = { email: 'ops-admin@example.org', password: 'ops admin password 1' };
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

/** The system's Chromium (Debian's, which .ci/run installs), as the Playwright tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}
