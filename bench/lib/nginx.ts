import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SITE_CONFIG = path.resolve(__dirname, '../../deploy/nginx/reading-room.conf');
/** The address startNginx asks until nginx and the app answer. */
const PROBE = '/api/health?nginx-probe';

export interface RunningNginx {
  url: string;
  /** How nginx's cache answered each request so far (HIT, MISS, REVALIDATED…), from its access log. */
  cacheStatuses: () => Record<string, number>;
  stop: () => Promise<void>;
}

export interface NginxOptions {
  /** The app server nginx sends requests to. */
  upstreamPort: number;
  /** nginx listens on loopback here. */
  port: number;
  /** Debian's, unless NGINX_PATH names another. */
  nginxPath?: string;
}

/**
 * Debian's nginx running the deployment guide's configuration (deploy/nginx/reading-room.conf) in
 * front of one app server, from a temporary folder that holds its cache, logs and pid, so the
 * ops test and the load test exercise exactly what the guide tells an operator to install. Only
 * the upstream, the listening address and the cache folder are changed.
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const nginx = options.nginxPath ?? process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  if (!fs.existsSync(nginx))
    throw new Error(`nginx is not installed at ${nginx}: install Debian's (apt-get install nginx), as .ci/run does, or set NGINX_PATH.`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-room-nginx-'));
  const site = fs
    .readFileSync(SITE_CONFIG, 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${options.upstreamPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${options.port};`)
    .replace('/var/cache/nginx/reading-room', path.join(folder, 'cache'));
  if (!site.includes(`127.0.0.1:${options.upstreamPort}`) || !site.includes(`listen 127.0.0.1:${options.port}`))
    throw new Error(`${SITE_CONFIG} no longer has the upstream and listen lines this runner rewrites.`);
  fs.writeFileSync(path.join(folder, 'reading-room.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${path.join(folder, name)};`);
  const accessLog = path.join(folder, 'cache-status.log');
  fs.writeFileSync(
    path.join(folder, 'nginx.conf'),
    [
      'daemon off;',
      // As root (CI), workers would switch to an unprivileged user that cannot reach the temporary folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${path.join(folder, 'nginx.pid')};`,
      `error_log ${path.join(folder, 'error.log')} warn;`,
      'events {}',
      'http {',
      "  log_format cache_status '$upstream_cache_status $request_uri';",
      `  access_log ${accessLog} cache_status;`,
      ...temp.map((line) => `  ${line}`),
      `  include ${path.join(folder, 'reading-room.conf')};`,
      '}',
    ].join('\n'),
  );
  const child = spawn(nginx, ['-p', folder, '-c', path.join(folder, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) {
      const log = fs.readFileSync(path.join(folder, 'error.log'), 'utf8');
      await stop();
      throw new Error(`nginx exited: ${log}`);
    }
    const up = await fetch(`${url}${PROBE}`).then(
      () => true,
      () => false,
    );
    if (up) return { url, stop, cacheStatuses: () => tally(fs.readFileSync(accessLog, 'utf8')) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('nginx did not answer within 10 s');
}

/**
 * The cache statuses of the log's requests, but for the start-up probes (nginx logs a request
 * once its answer is sent, which may be after the probe has its answer, so they are told apart
 * by address rather than by time). A request nginx did not look up in its cache logs "-".
 */
function tally(log: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of log.split('\n')) {
    const [status, uri] = line.trim().split(' ');
    if (!status || uri === PROBE) continue;
    const name = status === '-' ? 'NONE' : status;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
