import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSettings, readSettings, SETTING_NAMES, settings, SettingsError } from './env';

const CORES = 4;
const read = (env: Record<string, string>) => readSettings(env, CORES);
const refusal = (env: Record<string, string>) => {
  try {
    read(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the settings were accepted');
};

describe('readSettings', () => {
  it('gives every setting its default when unset', () => {
    expect(read({})).toEqual({
      NODE_ENV: undefined,
      PORT: 3000,
      HOST: '127.0.0.1',
      SITE_URL: null,
      WEB_CONCURRENCY: 1,
      TRUSTED_PROXY_HOPS: 0,
      DATABASE_URL: null,
      DATABASE_REPLICA_URLS: [],
      DB_POOL_SIZE: 10,
      READ_PRIMARY_AFTER_WRITE_SECONDS: 10,
      READ_STATEMENT_TIMEOUT_MS: 5000,
      EXPENSIVE_REQUESTS_AT_ONCE: 2,
      DEEPEST_NUMBERED_PAGE: 50,
      SEARCH_COUNT_CACHE_ENTRIES: 200,
      SEARCH_EXACT_COUNT_UP_TO: 20_000,
      SEARCH_SAMPLE_SIZE: 5_000,
      RELATED_WINDOW_DAYS: 14,
      DATA_DIR: '.data',
      EMBEDDED_PG_PORT: 54329,
      EMBEDDED_PG_SHARED_BUFFERS: '512MB',
      DEBUG_POSTGRES: false,
      READING_ROOM_BENCH_FLOOR: false,
      CORPUS_DIR: '../shared/corpus/articles',
      ADMIN_EMAIL: null,
      ADMIN_PASSWORD: null,
    });
  });

  it('reads an empty or blank value as unset', () => {
    expect(read(Object.fromEntries(SETTING_NAMES.map((name) => [name, ' ']))).DB_POOL_SIZE).toBe(10);
    expect(read({ PORT: '', SITE_URL: '  ' })).toMatchObject({ PORT: 3000, SITE_URL: null });
  });

  it('takes valid values, trimmed', () => {
    expect(
      read({
        NODE_ENV: 'production',
        PORT: ' 3210 ',
        HOST: '0.0.0.0',
        WEB_CONCURRENCY: '8',
        TRUSTED_PROXY_HOPS: '2',
        DATABASE_URL: 'postgresql://app:secret@db.example.org:5432/reading_room',
        DATABASE_REPLICA_URLS: 'postgresql://a/rr, postgres://b/rr\npostgresql://c/rr',
        DB_POOL_SIZE: '200',
        READ_PRIMARY_AFTER_WRITE_SECONDS: '0',
        READ_STATEMENT_TIMEOUT_MS: '600000',
        EXPENSIVE_REQUESTS_AT_ONCE: '100',
        DEEPEST_NUMBERED_PAGE: '1',
        SEARCH_COUNT_CACHE_ENTRIES: '0',
        SEARCH_EXACT_COUNT_UP_TO: '0',
        SEARCH_SAMPLE_SIZE: '100',
        RELATED_WINDOW_DAYS: '3650',
        DATA_DIR: '/srv/reading-room',
        EMBEDDED_PG_PORT: '65535',
        EMBEDDED_PG_SHARED_BUFFERS: '2GB',
        DEBUG_POSTGRES: '1',
        READING_ROOM_BENCH_FLOOR: '1',
        CORPUS_DIR: 'corpus',
        ADMIN_EMAIL: ' admin@example.org ',
        ADMIN_PASSWORD: ' a password with spaces ',
      }),
    ).toEqual({
      NODE_ENV: 'production',
      PORT: 3210,
      HOST: '0.0.0.0',
      SITE_URL: null,
      WEB_CONCURRENCY: 8,
      TRUSTED_PROXY_HOPS: 2,
      DATABASE_URL: 'postgresql://app:secret@db.example.org:5432/reading_room',
      DATABASE_REPLICA_URLS: ['postgresql://a/rr', 'postgres://b/rr', 'postgresql://c/rr'],
      DB_POOL_SIZE: 200,
      READ_PRIMARY_AFTER_WRITE_SECONDS: 0,
      READ_STATEMENT_TIMEOUT_MS: 600_000,
      EXPENSIVE_REQUESTS_AT_ONCE: 100,
      DEEPEST_NUMBERED_PAGE: 1,
      SEARCH_COUNT_CACHE_ENTRIES: 0,
      SEARCH_EXACT_COUNT_UP_TO: 0,
      SEARCH_SAMPLE_SIZE: 100,
      RELATED_WINDOW_DAYS: 3650,
      DATA_DIR: '/srv/reading-room',
      EMBEDDED_PG_PORT: 65535,
      EMBEDDED_PG_SHARED_BUFFERS: '2GB',
      DEBUG_POSTGRES: true,
      READING_ROOM_BENCH_FLOOR: true,
      CORPUS_DIR: 'corpus',
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: ' a password with spaces ',
    });
    expect(read({ SITE_URL: 'https://reading-room.example.org/' }).SITE_URL?.origin).toBe('https://reading-room.example.org');
  });

  it('refuses a bad value with a sentence naming the setting, what it allows and what it was given', () => {
    const sentences: [string, string, string][] = [
      ['PORT', '0', 'PORT must be a whole number from 1 to 65535 (a TCP port); it is "0".'],
      ['HOST', 'my host', 'HOST must be a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0; it is "my host".'],
      ['WEB_CONCURRENCY', 'many', 'WEB_CONCURRENCY must be a whole number from 1 to 8 on this machine (4 cores); it is "many".'],
      ['WEB_CONCURRENCY', '9', 'WEB_CONCURRENCY must be a whole number from 1 to 8 on this machine (4 cores); it is "9".'],
      [
        'TRUSTED_PROXY_HOPS',
        '11',
        'TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app, a whole number from 0 to 10 (0 when clients connect directly); it is "11".',
      ],
      [
        'DATABASE_URL',
        'db.example.org',
        'DATABASE_URL must be a PostgreSQL connection URL, such as postgresql://user:password@db.example.org:5432/reading_room; it is "db.example.org".',
      ],
      [
        'DATABASE_REPLICA_URLS',
        'postgresql://a/rr, replica.example.org',
        'DATABASE_REPLICA_URLS must be PostgreSQL connection URLs separated by commas or spaces, such as postgresql://user:password@db.example.org:5432/reading_room; it is "postgresql://a/rr, replica.example.org".',
      ],
      ['DB_POOL_SIZE', 'abc', 'DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".'],
      [
        'READ_PRIMARY_AFTER_WRITE_SECONDS',
        '2.5',
        'READ_PRIMARY_AFTER_WRITE_SECONDS must be a whole number from 0 to 3600 (seconds); it is "2.5".',
      ],
      [
        'READ_STATEMENT_TIMEOUT_MS',
        '5s',
        'READ_STATEMENT_TIMEOUT_MS must be a whole number from 100 to 600000 (milliseconds); it is "5s".',
      ],
      [
        'EXPENSIVE_REQUESTS_AT_ONCE',
        '0',
        'EXPENSIVE_REQUESTS_AT_ONCE must be a whole number from 1 to 100 (expensive searches, counts and exports run at once per process); it is "0".',
      ],
      [
        'DEEPEST_NUMBERED_PAGE',
        '10001',
        'DEEPEST_NUMBERED_PAGE must be a whole number from 1 to 10000 (the deepest page reached by page= alone); it is "10001".',
      ],
      [
        'SEARCH_COUNT_CACHE_ENTRIES',
        'lots',
        'SEARCH_COUNT_CACHE_ENTRIES must be a whole number from 0 to 100000 (searches kept per process, 0 to keep none); it is "lots".',
      ],
      [
        'SEARCH_EXACT_COUNT_UP_TO',
        '-5',
        'SEARCH_EXACT_COUNT_UP_TO must be a whole number from 0 to 999999999 (matches counted exactly); it is "-5".',
      ],
      [
        'SEARCH_SAMPLE_SIZE',
        '10',
        'SEARCH_SAMPLE_SIZE must be a whole number from 100 to 999999999 (matches a sample aims to hold); it is "10".',
      ],
      ['RELATED_WINDOW_DAYS', '99999', 'RELATED_WINDOW_DAYS must be a whole number from 0 to 3650 (days); it is "99999".'],
      ['EMBEDDED_PG_PORT', '65536', 'EMBEDDED_PG_PORT must be a whole number from 1 to 65535 (a TCP port); it is "65536".'],
      [
        'EMBEDDED_PG_SHARED_BUFFERS',
        'half',
        'EMBEDDED_PG_SHARED_BUFFERS must be an amount of memory PostgreSQL understands, such as 512MB or 2GB; it is "half".',
      ],
      ['READING_ROOM_BENCH_FLOOR', 'yes', 'READING_ROOM_BENCH_FLOOR must be 1 to serve the bench floor page, or 0; it is "yes".'],
    ];
    for (const [name, value, sentence] of sentences) expect(refusal({ [name]: value }), name).toBe(sentence);
  });

  it('refuses a TRUSTED_PROXY_HOPS that is not a whole number of proxies', () => {
    for (const bad of ['-1', '1.5', 'yes', '11'])
      expect(refusal({ TRUSTED_PROXY_HOPS: bad }), bad).toMatch(
        /^TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app/,
      );
  });

  it('refuses a SITE_URL that is not a bare http(s) origin', () => {
    for (const bad of [
      'reading-room.example.org',
      'ftp://example.org',
      'https://example.org/room',
      'https://example.org/?a=1',
      'https://example.org/?',
      'https://user:pw@example.org',
      'https://example.org/#top',
    ]) {
      expect(refusal({ SITE_URL: bad }), bad).toBe(
        `SITE_URL must be the address readers use for the site, scheme and host only, such as https://reading-room.example.org (no path, query or user name); it is "${bad}".`,
      );
    }
  });

  it('reports every bad setting together, one sentence a line', () => {
    expect(refusal({ DB_POOL_SIZE: 'abc', PORT: 'http', DEEPEST_NUMBERED_PAGE: 'lots' })).toBe(
      [
        '3 settings are not valid:',
        '  PORT must be a whole number from 1 to 65535 (a TCP port); it is "http".',
        '  DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".',
        '  DEEPEST_NUMBERED_PAGE must be a whole number from 1 to 10000 (the deepest page reached by page= alone); it is "lots".',
      ].join('\n'),
    );
  });
});

describe('checkSettings', () => {
  const production = { NODE_ENV: 'production' };
  const problemsOf = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      return (error as SettingsError).problems;
    }
    throw new Error('the settings were accepted');
  };

  it('throws a SettingsError listing every bad setting', () => {
    expect(problemsOf(() => checkSettings({ DB_POOL_SIZE: 'abc', TRUSTED_PROXY_HOPS: 'two' }))).toEqual([
      'TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app, a whole number from 0 to 10 (0 when clients connect directly); it is "two".',
      'DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".',
    ]);
  });

  it('lets a production server listen on loopback without SITE_URL', () => {
    expect(() => checkSettings(production, { serving: true })).not.toThrow();
    expect(() => checkSettings({ ...production, HOST: 'localhost' }, { serving: true })).not.toThrow();
    expect(() => checkSettings({ HOST: '0.0.0.0' }, { serving: true })).not.toThrow();
    expect(() => checkSettings({ ...production, HOST: '0.0.0.0' })).not.toThrow();
  });

  it('refuses a production server listening beyond loopback without SITE_URL, with the other bad settings', () => {
    const beyond = { ...production, HOST: '0.0.0.0' };
    expect(() => checkSettings(beyond, { serving: true })).toThrow(
      /^SITE_URL is not set, and the server would listen on 0\.0\.0\.0, beyond this machine\./,
    );
    expect(() => checkSettings({ ...beyond, SITE_URL: 'https://reading-room.example.org' }, { serving: true })).not.toThrow();
    expect(problemsOf(() => checkSettings({ ...beyond, DB_POOL_SIZE: 'abc' }, { serving: true }))).toEqual([
      'DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".',
      expect.stringMatching(/^SITE_URL is not set/),
    ]);
  });
});

describe('settings', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads process.env again when a setting changed, and keeps what it read otherwise', () => {
    vi.stubEnv('DB_POOL_SIZE', '7');
    const first = settings();
    expect(first.DB_POOL_SIZE).toBe(7);
    expect(settings()).toBe(first);
    vi.stubEnv('DB_POOL_SIZE', '8');
    expect(settings().DB_POOL_SIZE).toBe(8);
    vi.stubEnv('DB_POOL_SIZE', 'abc');
    expect(() => settings()).toThrow('DB_POOL_SIZE must be a whole number from 1 to 200; it is "abc".');
  });
});
