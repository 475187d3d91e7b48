/**
 * A process that starts the embedded PostgreSQL, stops it, sets a failing exit code and ends on
 * its own, as a test runner does (tests/integration/embedded-exit.test.ts).
 *   tsx embedded-exit-child.ts <dataDir> <port>
 */
import { startEmbedded } from '../../lib/db/embedded';

const [dataDir, port] = process.argv.slice(2);
void (async () => {
  const handle = await startEmbedded({ dataDir: dataDir!, port: Number(port), database: 'postgres' });
  await handle.stop();
  process.exitCode = 3;
})();
