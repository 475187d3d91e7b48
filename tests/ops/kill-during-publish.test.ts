import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { ADMIN, ADMIN_ENV, articleFile, freePort, ownPostgres, publish, signIn, sql, type OwnPostgres } from './helpers';

let database: OwnPostgres;
let app: AppProcess;
const FILES = Array.from({ length: 12 }, (_, i) => ({ name: `batch-${i}.txt`, text: articleFile(`batch ${i}`, 40) }));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  database = await ownPostgres();
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: ADMIN_ENV });
});
afterAll(async () => {
  await app?.stop();
  await database?.remove();
});

it('leaves every file of a multi-file publish either fully published or absent when the server is killed', async () => {
  const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
  // Each publish holds its transaction open a moment after writing the raw file and the article,
  // so the kill below lands while some are half-way, not only between them.
  await sql(
    database.url,
    `CREATE FUNCTION slow_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.4); RETURN NEW; END $$`,
  );
  await sql(database.url, `CREATE TRIGGER slow_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION slow_audit()`);

  // The upload form publishes several files at once, one request each.
  const settled = FILES.map((file) =>
    publish(app.url, cookie, file.name, file.text).then(
      (r) => r.status,
      () => 'no answer',
    ),
  );
  const deadline = Date.now() + 20_000;
  let open: { n: number }[] = [];
  let published: { n: number }[] = [];
  while (Date.now() < deadline) {
    published = await sql<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM raw_file WHERE file_name LIKE 'batch-%'`);
    open = await sql<{ n: number }>(
      database.url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%audit_entry%' AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    if (published[0]!.n >= 2 && open[0]!.n >= 1) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(open[0]!.n, 'a publish transaction was open at the kill').toBeGreaterThanOrEqual(1);
  app.child.kill('SIGKILL');
  const statuses = await Promise.all(settled);
  expect(statuses).toContain('no answer');

  // PostgreSQL rolls back what the dead server left open once its connections are gone.
  const gone = Date.now() + 15_000;
  while (
    (
      await sql<{ n: number }>(
        database.url,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      )
    )[0]!.n > 0
  ) {
    if (Date.now() > gone) throw new Error('the dead server’s connections did not go away');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  let complete = 0;
  let absent = 0;
  for (const file of FILES) {
    const raw = await sql<{ id: string; bytes: Buffer; sha256: string }>(
      database.url,
      `SELECT id, bytes, sha256 FROM raw_file WHERE sha256 = $1`,
      [sha256(file.text)],
    );
    const articles = await sql<{ id: string; status: string; keyed: boolean }>(
      database.url,
      `SELECT a.id, a.status, a.search_folded IS NOT NULL AS keyed FROM article a JOIN raw_file r ON r.id = a.raw_file_id WHERE r.sha256 = $1`,
      [sha256(file.text)],
    );
    if (raw.length === 0) {
      expect(articles, file.name).toHaveLength(0);
      absent++;
      continue;
    }
    expect(createHash('sha256').update(raw[0]!.bytes).digest('hex'), file.name).toBe(sha256(file.text));
    expect(articles, file.name).toHaveLength(1);
    expect(articles[0]).toMatchObject({ status: 'published', keyed: true });
    const audit = await sql(database.url, `SELECT 1 FROM audit_entry WHERE article_id = $1 AND action = 'publish'`, [articles[0]!.id]);
    expect(audit, file.name).toHaveLength(1);
    complete++;
  }
  // Nothing stored outside the files either: no article without its raw file, no raw file without its article.
  expect(
    await sql(database.url, `SELECT 1 FROM raw_file r WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.raw_file_id = r.id)`),
  ).toHaveLength(0);
  expect(complete).toBeGreaterThanOrEqual(2);
  expect(absent).toBeGreaterThanOrEqual(1);
  console.log(`killed mid-publish: ${complete} files fully published, ${absent} absent, none half-stored`);

  // A new server publishes the missing ones: the interrupted upload can simply be retried.
  await sql(database.url, 'DROP TRIGGER slow_audit ON audit_entry');
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: ADMIN_ENV });
  const again = await signIn(app.url, ADMIN.email, ADMIN.password);
  const retried = await Promise.all(
    FILES.map(async (file) => (await (await publish(app.url, again, file.name, file.text)).json()) as { status: string }),
  );
  expect(retried.filter((r) => r.status === 'published')).toHaveLength(absent);
  expect(retried.filter((r) => r.status === 'duplicate')).toHaveLength(complete);
});
