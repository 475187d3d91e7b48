/** Worker thread of corpus-generate: builds batches on another core while the database writes. */
import { parentPort } from 'node:worker_threads';
import { buildBatch, type BatchRequest } from './corpus-batch';

parentPort!.on('message', (request: BatchRequest) => {
  parentPort!.postMessage(buildBatch(request));
});
