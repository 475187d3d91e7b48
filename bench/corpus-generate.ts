/**
 * Fills the database with N deterministic synthetic articles for load tests (issue 5, "Scale").
 *
 *   npm run corpus:generate -- --count 1000000 [--seed 1] [--batch 2000] [--workers <cores>] [--connections 2]
 *                              [--database-url URL] [--keep-indexes] [--repair-older-run]
 *
 * Database: --database-url, else DATABASE_URL, else the embedded PostgreSQL in DATA_DIR (started
 * and stopped here, or shared when the app already runs it). Migrations are applied first.
 * Articles are marked synthetic, each with its raw_file (the generated text as bytes, SHA-256);
 * search keys are built with the product's normaliser and turned into tsvectors by PostgreSQL, as
 * an upload's are. Batches are built in worker threads as binary COPY streams and written by
 * bench/lib/corpus-write.ts. No audit entry per article: one summary
 * entry (action `bulk-generate`) per run. Running again with the same seed appends after the
 * articles already generated (article i of a seed is always the same).
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { ensureDatabase, takeOverShutdownSignals } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import {
  analyse,
  BULK_LOAD_SETTINGS,
  noteOlderRun,
  olderRunMessage,
  olderRunNotes,
  putBack,
  readPending,
  setAside,
  type SetAside,
} from './lib/bulk-load';
import { readArguments, wholeNumber } from '../scripts/lib/arguments';
import { articleId, RARE_EVERY, RARE_WORDS } from './lib/corpus';
import { UPLOADED_BY, type BatchRequest, type BatchResult } from './lib/corpus-batch';
import { writeBatch } from './lib/corpus-write';

/**
 * Building batches is about half the work and PostgreSQL the other half; one builder per core
 * keeps both busy.
 */
const defaultWorkers = () => Math.max(1, os.availableParallelism());

/** Buffers arrive from a worker as plain Uint8Arrays over the same memory. */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

const USAGE = `Usage: npm run corpus:generate -- --count N [--seed S] [--batch B] [--workers W] [--connections C]
                                  [--database-url URL] [--keep-indexes] [--repair-older-run]

  --count N           articles to add (required)
  --seed S            which articles: article i of a seed is always the same (default 1, below 1048576)
  --batch B           articles per batch and transaction (default 2000)
  --workers W         threads that build batches (default: one per core)
  --connections C     batches written at once (default 2)
  --database-url URL  else DATABASE_URL, else the embedded PostgreSQL in DATA_DIR
  --keep-indexes      never set the indexes aside, even for a large load
  --repair-older-run  put back what a run from before the note moved into the database set aside`;

function readOptions() {
  const { values, fail } = readArguments(USAGE, {
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: '2000' },
      workers: { type: 'string' },
      connections: { type: 'string', default: '2' },
      'database-url': { type: 'string' },
      'keep-indexes': { type: 'boolean', default: false },
      'repair-older-run': { type: 'boolean', default: false },
    },
  });
  if (values.count === undefined) fail('Say how many articles: --count N');
  const seed = wholeNumber(fail, 'seed', values.seed);
  if (seed >= 2 ** 20) fail('--seed must be below 1048576');
  return {
    count: wholeNumber(fail, 'count', values.count!, 1),
    seed,
    batch: wholeNumber(fail, 'batch', values.batch, 1),
    workers: values.workers === undefined ? defaultWorkers() : wholeNumber(fail, 'workers', values.workers, 1),
    /** Batches written at once: PostgreSQL makes each batch's tsvectors on one core. */
    connections: wholeNumber(fail, 'connections', values.connections, 1),
    databaseUrl: values['database-url'] ?? null,
    keepIndexes: values['keep-indexes'],
    /** Put back whatever a run from before the note moved into the database may have set aside. */
    repairOlderRun: values['repair-older-run'],
  };
}

/** How many articles of this seed exist: they are always a prefix 0..k-1, so a binary search on ids. */
async function existingPrefix(client: pg.Client, seed: number): Promise<number> {
  const exists = async (i: number) => (await client.query('SELECT 1 FROM article WHERE id = $1', [articleId(seed, i)])).rowCount! > 0;
  if (!(await exists(0))) return 0;
  let lo = 0;
  let hi = 1;
  while (await exists(hi)) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await exists(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}

async function main(): Promise<void> {
  const options = readOptions();
  const log = (line: string) => console.log(line);
  if (options.databaseUrl) process.env.DATABASE_URL = options.databaseUrl;
  const handle = await ensureDatabase({ settings: BULK_LOAD_SETTINGS });
  const url = handle.url;
  let exitCode = 0;
  const client = new pg.Client({ connectionString: url });
  try {
    await migrate(url);
    await client.connect();
    // Bulk load: losing the last commits in a crash is fine, the run can be repeated.
    await client.query('SET synchronous_commit = off');

    // Never read (its index definitions are SQL); not ignored, as what it names may be missing.
    const older = olderRunNotes(url);
    if (older.length > 0) throw new Error(olderRunMessage(older));
    if (options.repairOlderRun) await noteOlderRun(client);
    // A previous run that was interrupted before it put back what it had set aside.
    if (await readPending(url)) {
      log('Putting back the indexes, facet counts and vector storage an interrupted run left aside...');
      await putBack(url, log);
    }

    const start = await existingPrefix(client, options.seed);
    const {
      rows: [before],
    } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM article');
    log(`Database has ${before!.n} articles; seed ${options.seed} continues at article ${start}. Generating ${options.count}.`);

    let aside: SetAside | null = null;
    if (!options.keepIndexes && options.count >= 20_000 && options.count >= before!.n / 4) {
      aside = await setAside(client);
      log(
        `Dropped ${aside.indexes.length} secondary indexes for the load (${aside.indexes.join(', ')}), ` +
          'paused the facet-count trigger and stopped compressing the search vectors; all three are put back at the end.',
      );
    }

    let interrupted = false;
    // From here a signal finishes the batch, puts back what was set aside and stops PostgreSQL
    // (in `finally`); a second one stops PostgreSQL at once, and the next run repairs the rest.
    takeOverShutdownSignals(() => {
      if (interrupted) {
        log('Stopping now; the next run puts back the indexes and facet counts.');
        void handle.stop().finally(() => process.exit(130));
        return;
      }
      interrupted = true;
      log('Interrupted: finishing the current batch, then putting back the indexes and facet counts.');
    });

    // The worker is TypeScript too: register tsx's CommonJS hook in it first.
    const workerCode = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'lib', 'corpus-worker.ts'))});`;
    const workers = Array.from({ length: options.workers }, () => new Worker(workerCode, { eval: true }));
    const requests: BatchRequest[] = [];
    for (let s = start; s < start + options.count; s += options.batch) {
      requests.push({ seed: options.seed, start: s, count: Math.min(options.batch, start + options.count - s) });
    }
    // Each worker keeps one batch ready ahead of the one being written.
    const results = new Map<number, Promise<BatchResult>>();
    const busy = new Map<Worker, Promise<unknown>>();
    let next = 0;
    const schedule = () => {
      while (next < requests.length && results.size < options.workers * 2 + options.connections) {
        const request = requests[next++]!;
        const worker = workers[((request.start - start) / options.batch) % workers.length]!;
        const previous = busy.get(worker) ?? Promise.resolve();
        const promise = previous.then(
          () =>
            new Promise<BatchResult>((resolve, reject) => {
              const onError = (error: Error) => reject(error);
              worker.once('error', onError);
              worker.once('message', (result: BatchResult) => {
                worker.off('error', onError);
                resolve(result);
              });
              worker.postMessage(request);
            }),
        );
        busy.set(
          worker,
          promise.catch(() => {}),
        );
        results.set(request.start, promise);
      }
    };

    const started = Date.now();
    let done = 0;
    let bytes = 0;
    let lastReport = 0;
    const rare: Record<string, number> = {};
    const writers = await Promise.all(
      Array.from({ length: options.connections }, async () => {
        const writer = new pg.Client({ connectionString: url });
        await writer.connect();
        await writer.query('SET synchronous_commit = off');
        return writer;
      }),
    );
    let taken = 0;
    let staged = 0;
    // Each writer takes the next batch in order; batches are generated ahead in the workers.
    const write = async (writer: pg.Client) => {
      for (let i = taken++; i < requests.length && !interrupted; i = taken++) {
        const request = requests[i]!;
        schedule();
        const batch = await results.get(request.start)!;
        results.delete(request.start);
        schedule();
        batch.rawFiles = asBuffer(batch.rawFiles);
        batch.articles = asBuffer(batch.articles);
        if ((await writeBatch(writer, batch)) === 'staged') staged++;
        done += batch.count;
        bytes += batch.bytes;
        for (const [word, n] of Object.entries(batch.rare)) rare[word] = (rare[word] ?? 0) + n;
        const now = Date.now();
        if (now - lastReport > 5000 || done === options.count) {
          lastReport = now;
          const rate = done / ((now - started) / 1000);
          const eta = (options.count - done) / rate;
          log(
            `  ${done.toLocaleString('en')} / ${options.count.toLocaleString('en')} articles, ${Math.round(rate)} rows/s, ${(bytes / 1e6).toFixed(0)} MB of text, ~${Math.round(eta)} s left`,
          );
        }
      }
    };
    try {
      await Promise.all(writers.map(write));
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
      await Promise.all(writers.map((w) => w.end().catch(() => {})));
    }
    const loadSeconds = (Date.now() - started) / 1000;
    log(`Inserted ${done} articles (+ raw files) in ${loadSeconds.toFixed(1)} s: ${Math.round(done / loadSeconds)} rows/s.`);
    if (staged) log(`${staged} of the batches went through temporary tables: some of their articles were there already.`);

    if (aside) await putBack(url, log);
    else await analyse(url, log);
    await client.query('ANALYZE raw_file');
    await client.query(`INSERT INTO audit_entry (actor, action, changes) VALUES ($1, 'bulk-generate', $2)`, [
      UPLOADED_BY,
      JSON.stringify({ seed: options.seed, first: start, count: done, synthetic: true }),
    ]);
    const total = (Date.now() - started) / 1000;
    log(`Done: ${done} synthetic articles in ${total.toFixed(1)} s overall (${Math.round(done / total)} rows/s including indexes).`);
    // Stopped by a signal: what was asked for is not all there, whoever scripted the run should know.
    if (interrupted) exitCode = 130;
    log(`Known rare words (about one article in ${RARE_EVERY} has one; found in this run):`);
    for (const { script, word } of RARE_WORDS) log(`  ${script.padEnd(24)} ${word}  (${rare[word] ?? 0})`);
  } catch (error) {
    console.error(`corpus:generate failed: ${(error as Error).message}`);
    exitCode = 1;
    if (await readPending(url).catch(() => null)) {
      console.error('Putting back the dropped indexes and the facet counts...');
      await putBack(url, log).catch((e: unknown) => console.error(`Could not (${(e as Error).message}); the next run will try again.`));
    }
  } finally {
    await client.end().catch(() => {});
    await handle.stop();
  }
  process.exit(exitCode);
}

void main();
