import os from 'node:os';
import * as z from 'zod';
import { isLoopbackName } from './loopback';

/**
 * Every setting the product reads from the environment, with its default and what it allows. A
 * bad value stops `npm start`, `npm run dev` and the command-line tools before anything starts
 * (checkSettings), with a sentence that names the setting, what it allows and what it was given.
 * An empty value means the default, as an unset one does.
 *
 * Left out: NODE_ENV and READING_ROOM_BUILD_ID where Next writes them into the bundles when it
 * builds them (proxy.ts, next.config.js), and NEXT_DIST_DIR, which only the build reads.
 */

/** The environment settings are read from: process.env, or a test's own. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A setting's value from its trimmed text, or undefined when the text is not allowed. */
type Read<T> = (text: string) => T | undefined;

/**
 * `rule` completes the sentence "NAME …; it is "value"." that refuses a bad value: it says what
 * is allowed.
 */
function setting<T>(fallback: T, rule: string, read: Read<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const text = raw?.trim();
      if (!text) return fallback;
      const value = read(text);
      if (value !== undefined) return value;
      ctx.addIssue({ code: 'custom', message: rule });
      return z.NEVER;
    });
}

function wholeNumber(fallback: number, min: number, max: number, what = '') {
  return setting(fallback, `must be a whole number from ${min} to ${max}${what && ` ${what}`}`, (text) => {
    const n = Number(text);
    return /^\d+$/.test(text) && n >= min && n <= max ? n : undefined;
  });
}

const text = (fallback: string) => setting(fallback, '', (value) => value);
const optionalText = () => setting<string | null>(null, '', (value) => value);

function postgresUrl(text: string): string | undefined {
  try {
    return ['postgresql:', 'postgres:'].includes(new URL(text).protocol) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Scheme and host only: links, previews and the session cookie are built from it. */
function bareOrigin(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const bare =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !url.username &&
    !url.password &&
    url.pathname === '/' &&
    !url.search &&
    !url.hash &&
    !raw.includes('?') &&
    !raw.includes('#');
  return bare ? url : undefined;
}

const POSTGRES_URL_EXAMPLE = 'postgresql://user:password@db.example.org:5432/reading_room';

function schemaFor(cores: number) {
  const mostProcesses = Math.max(1, cores * 2);
  return z.object({
    /** Set by Next and by `npm start`, not by an operator: production turns on HSTS and the SITE_URL rule. */
    NODE_ENV: setting<string | undefined>(undefined, '', (value) => value),
    PORT: wholeNumber(3000, 1, 65535, '(a TCP port)'),
    /** `0.0.0.0` behind a load balancer; beyond loopback a production server needs SITE_URL. */
    HOST: setting('127.0.0.1', 'must be a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0', (value) =>
      /^[^\s/]+$/.test(value) ? value : undefined,
    ),
    /** The public origin (lib/site-url.ts); null means the loopback address served on. */
    SITE_URL: setting<URL | null>(
      null,
      'must be the address readers use for the site, scheme and host only, such as https://reading-room.example.org (no path, query or user name)',
      bareOrigin,
    ),
    /**
     * Server processes `npm start` runs on one port. One process renders pages on one core, so a
     * machine with spare cores serves more with more; the default leaves the embedded PostgreSQL
     * the other cores of a small machine.
     */
    WEB_CONCURRENCY: wholeNumber(1, 1, mostProcesses, `on this machine (${cores} cores)`),
    /** lib/security/client-address.ts: 0 takes the connection's peer as the client. */
    TRUSTED_PROXY_HOPS: setting(
      0,
      'must be the number of reverse proxies in front of the app, a whole number from 0 to 10 (0 when clients connect directly)',
      (value) => (/^\d+$/.test(value) && Number(value) <= 10 ? Number(value) : undefined),
    ),
    /** Null: an embedded PostgreSQL in DATA_DIR is started instead. */
    DATABASE_URL: setting<string | null>(null, `must be a PostgreSQL connection URL, such as ${POSTGRES_URL_EXAMPLE}`, postgresUrl),
    DATABASE_REPLICA_URLS: setting<string[]>(
      [],
      `must be PostgreSQL connection URLs separated by commas or spaces, such as ${POSTGRES_URL_EXAMPLE}`,
      (value) => {
        const urls = value.split(/[\s,]+/).filter(Boolean);
        return urls.every((url) => postgresUrl(url) !== undefined) ? urls : undefined;
      },
    ),
    /** Connections per server process to the primary, and to each replica. */
    DB_POOL_SIZE: wholeNumber(10, 1, 200),
    /** With replicas, how long a browser that has just written reads from the primary (lib/ops/server.ts). */
    READ_PRIMARY_AFTER_WRITE_SECONDS: wholeNumber(10, 0, 3600, '(seconds)'),
    /** lib/db/read-timeout.ts */
    READ_STATEMENT_TIMEOUT_MS: wholeNumber(5000, 100, 600_000, '(milliseconds)'),
    /**
     * lib/db/expensive-work.ts. Half the cores, at least one: each expensive statement keeps a core
     * busy, and the other half is left to the cheap reads, the admin and the server itself.
     */
    EXPENSIVE_REQUESTS_AT_ONCE: wholeNumber(
      Math.max(1, Math.floor(cores / 2)),
      1,
      100,
      '(expensive searches, counts and exports run at once per process)',
    ),
    /** lib/articles/page-depth.ts */
    DEEPEST_NUMBERED_PAGE: wholeNumber(50, 1, 10_000, '(the deepest page reached by page= alone)'),
    /** lib/articles/corpus-version.ts; 0 turns keeping searches' counts off. */
    SEARCH_COUNT_CACHE_ENTRIES: wholeNumber(200, 0, 100_000, '(searches kept per process, 0 to keep none)'),
    /** lib/articles/search-sample.ts */
    SEARCH_EXACT_COUNT_UP_TO: wholeNumber(20_000, 0, 999_999_999, '(matches counted exactly)'),
    SEARCH_SAMPLE_SIZE: wholeNumber(5_000, 100, 999_999_999, '(matches a sample aims to hold)'),
    /** lib/articles/related.ts */
    RELATED_WINDOW_DAYS: wholeNumber(14, 0, 3650, '(days)'),
    /** The embedded PostgreSQL's data folder, and where the bulk loader keeps its progress. */
    DATA_DIR: text('.data'),
    EMBEDDED_PG_PORT: wholeNumber(54329, 1, 65535, '(a TCP port)'),
    EMBEDDED_PG_SHARED_BUFFERS: setting('512MB', 'must be an amount of memory PostgreSQL understands, such as 512MB or 2GB', (value) =>
      /^\d+\s*(?:kB|MB|GB|TB)?$/.test(value) ? value : undefined,
    ),
    /** Logs the embedded PostgreSQL's start and stop. */
    DEBUG_POSTGRES: setting(false, '', () => true),
    /** Serves app/[locale]/bench-floor, the bench's page with no data (bench/bench.ts sets it for its server). */
    READING_ROOM_BENCH_FLOOR: setting(false, 'must be 1 to serve the bench floor page, or 0', (value) =>
      value === '1' ? true : value === '0' ? false : undefined,
    ),
    /** Demo articles loaded into an empty database, relative to the working folder. */
    CORPUS_DIR: text('../shared/corpus/articles'),
    /** The first admin, created on start when there is none (lib/auth/admins.ts checks them then). */
    ADMIN_EMAIL: optionalText(),
    ADMIN_PASSWORD: z
      .string()
      .optional()
      .transform((raw) => raw || null),
  });
}

export type Settings = z.output<ReturnType<typeof schemaFor>>;

/** The names of every setting, as they are set in the environment. */
export const SETTING_NAMES = Object.keys(schemaFor(1).shape) as (keyof Settings)[];

/** Every bad setting of a start, one sentence each. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} settings are not valid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
    this.name = 'SettingsError';
  }
}

function parse(env: Env, cores: number): { settings: Settings } | { problems: string[] } {
  const result = schemaFor(cores).safeParse(Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]])));
  if (result.success) return { settings: result.data };
  return {
    problems: result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}; it is "${env[String(issue.path[0])]}".`),
  };
}

/** The settings of `env`; throws a SettingsError naming every bad one. */
export function readSettings(env: Env = process.env, cores = os.availableParallelism()): Settings {
  const parsed = parse(env, cores);
  if ('problems' in parsed) throw new SettingsError(parsed.problems);
  return parsed.settings;
}

let kept: { raw: (string | undefined)[]; settings: Settings } | null = null;

/**
 * The settings of process.env, read again only when one of them changed: the start scripts set
 * DATABASE_URL once the database is ready, and tests set the ones they try.
 */
export function settings(): Settings {
  const raw = SETTING_NAMES.map((name) => process.env[name]);
  if (kept && raw.every((value, i) => value === kept!.raw[i])) return kept.settings;
  kept = { raw, settings: readSettings(process.env) };
  return kept.settings;
}

/**
 * Checks every setting at start and throws one SettingsError listing every bad one. A production
 * server (`serving`, which listens on HOST) must also know its public address when it listens
 * beyond loopback: it could not tell its own name from what clients send.
 */
export function checkSettings(env: Env = process.env, { serving = false } = {}): Settings {
  const parsed = parse(env, os.availableParallelism());
  const problems = 'problems' in parsed ? parsed.problems : [];
  const listensOn = env.HOST?.trim() || '127.0.0.1';
  const siteUrlMissing = !env.SITE_URL?.trim() && env.NODE_ENV?.trim() === 'production';
  if (serving && siteUrlMissing && !isLoopbackName(listensOn)) {
    problems.push(
      `SITE_URL is not set, and the server would listen on ${listensOn}, beyond this machine. Set SITE_URL to the address readers use, such as https://reading-room.example.org: links, previews and the sign-in cookie are built from it, never from what a client sends.`,
    );
  }
  if (problems.length > 0 || !('settings' in parsed)) throw new SettingsError(problems);
  return parsed.settings;
}
