import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { SHARED_PAGE_SECONDS } from '../../lib/http/shared-page';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ADMIN, ADMIN_ENV, articleFile, freePort, publish, signIn } from './helpers';

// The nginx configuration the deployment guide gives (deploy/nginx/reading-room.conf), run by a
// real nginx from Debian in front of a production server: pages the same for every reader are
// kept and revalidated with their ETag, a signed-in admin's are not, and a publish shows once
// the kept copy has expired.
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

let database: TestDatabase;
let app: AppProcess;
let nginx: ChildProcess;
let base: string;
let folder: string;

async function startNginx(upstreamPort: number): Promise<{ process: ChildProcess; url: string }> {
  if (!fs.existsSync(NGINX))
    throw new Error(`nginx is not installed at ${NGINX}: install Debian's (apt-get install nginx), as .ci/run does, or set NGINX_PATH.`);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-nginx-'));
  const port = await freePort();
  const site = fs
    .readFileSync(path.resolve(__dirname, '../../deploy/nginx/reading-room.conf'), 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('/var/cache/nginx/reading-room', path.join(folder, 'cache'));
  expect(site).toContain(`127.0.0.1:${upstreamPort}`);
  fs.writeFileSync(path.join(folder, 'reading-room.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${path.join(folder, name)};`)
    .join('\n  ');
  fs.writeFileSync(
    path.join(folder, 'nginx.conf'),
    [
      'daemon off;',
      // As root (CI), workers would switch to an unprivileged user that cannot reach the temporary folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${path.join(folder, 'nginx.pid')};`,
      `error_log ${path.join(folder, 'error.log')} warn;`,
      'events {}',
      `http {\n  access_log off;\n  ${temp}\n  include ${path.join(folder, 'reading-room.conf')};\n}`,
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', folder, '-c', path.join(folder, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(path.join(folder, 'error.log'), 'utf8')}`);
    if (
      await fetch(`${url}/api/health`).then(
        () => true,
        () => false,
      )
    )
      return { process: child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('nginx did not start');
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: { ...ADMIN_ENV, TRUSTED_PROXY_HOPS: '1' } });
  const started = await startNginx(Number(new URL(app.url).port));
  nginx = started.process;
  base = started.url;
});
afterAll(async () => {
  nginx?.kill('SIGQUIT');
  await app?.stop();
  await database?.drop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pathname}`, { headers });
  return { response, status: response.headers.get('x-cache-status'), text: await response.text() };
}

const expired = () => new Promise((resolve) => setTimeout(resolve, (SHARED_PAGE_SECONDS + 1) * 1000));

it('keeps a public page, then revalidates it with its ETag once it has expired', async () => {
  const first = await get('/en?pair=PK-US');
  expect(first.response.status).toBe(200);
  expect(first.status).toBe('MISS');
  const second = await get('/en?pair=PK-US');
  expect(second.status).toBe('HIT');
  // The kept page is the same answer, nonces and policy included, so its scripts still run.
  expect(second.text).toBe(first.text);
  expect(second.response.headers.get('content-security-policy')).toBe(first.response.headers.get('content-security-policy'));
  await expired();
  const third = await get('/en?pair=PK-US');
  expect(third.status).toBe('REVALIDATED');
  expect(third.text).toBe(first.text);
});

it("passes a signed-in admin's requests through, unkept", async () => {
  await get('/vi');
  const kept = await get('/vi');
  expect(kept.status).toBe('HIT');
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  const own = await get('/vi', { cookie });
  expect(own.status).toBe('BYPASS');
  expect(own.response.headers.get('cache-control')).toMatch(/^private/);
  // And what was rendered for the admin was not kept for the next reader.
  const next = await get('/vi');
  expect(next.status).toBe('HIT');
  expect(next.text).toBe(kept.text);
});

it('shows a published article once the kept list has expired', async () => {
  const tag = `nginx${Date.now().toString(36)}`;
  const before = await get(`/en?q=${tag}`);
  expect(before.text).not.toContain(`cooperation ${tag}`);
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  expect((await publish(app.url, cookie, `${tag}.txt`, articleFile(tag))).status).toBe(200);
  await expired();
  const after = await get(`/en?q=${tag}`);
  expect(after.status).toBe('EXPIRED');
  expect(after.text).toContain(`cooperation ${tag}`);
});
