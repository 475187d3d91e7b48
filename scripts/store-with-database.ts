import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';

/** Stores files through the same path as the upload form, against the app's database. */
export async function storeWithDatabase(files: { name: string; bytes: Uint8Array }[], options: { actor: string; maxBytes?: number }) {
  const handle = await ensureDatabase();
  process.env.DATABASE_URL = handle.url;
  try {
    await migrate(handle.url);
    const { storeFiles } = await import('../lib/articles/store-files');
    const { disconnectDb } = await import('../lib/db/client');
    try {
      return await storeFiles(files, options);
    } finally {
      await disconnectDb();
    }
  } finally {
    await handle.stop();
  }
}
