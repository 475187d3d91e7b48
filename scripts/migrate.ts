import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';

async function main() {
  const handle = await ensureDatabase();
  try {
    const { applied, alreadyApplied } = await migrate(handle.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : `Up to date (${alreadyApplied} migrations).`);
  } finally {
    await handle.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
