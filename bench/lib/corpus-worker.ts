/** Worker thread of corpus-generate: builds batches on another core while the database writes. */
import { parentPort } from 'node:worker_threads';
import { buildBatch, type BatchRequest } from './corpus-batch';

parentPort!.on('message', (request: BatchRequest) => {
  const batch = buildBatch(request);
  // Handed over, not copied: each buffer owns its memory (copy-binary.ts never uses the pool).
  parentPort!.postMessage(batch, [batch.rawFiles.buffer as ArrayBuffer, batch.articles.buffer as ArrayBuffer]);
});
