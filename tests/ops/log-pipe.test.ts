import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../bench/lib/app-process';
import { freePort, ownPostgres, type OwnPostgres } from './helpers';

let database: OwnPostgres;
let app: AppProcess | undefined;

beforeAll(async () => {
  database = await ownPostgres();
});
afterAll(async () => {
  if (app && app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
  await database?.remove();
});

it('stops, instead of spinning on write errors, when whatever reads its log has gone', async () => {
  app = await startAppProcess({ port: await freePort(), databaseUrl: database.url });
  const exited = new Promise<number | null>((resolve) => app!.child.once('exit', (code) => resolve(code)));
  // The reader of the server's output goes away, as when the benchmark that started it is killed...
  app.child.stdout!.destroy();
  app.child.stderr!.destroy();
  // ...and the server has something to say: the database is gone.
  await database.stop();
  const outcome = await Promise.race([
    exited.then((code) => ({ code })),
    new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 20_000)),
  ]);
  expect(outcome, 'the server is still running 20 s after its log pipe closed').not.toBe('running');
  await database.start();
});
