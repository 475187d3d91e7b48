import { ingestBatch } from '../ingest';
import type { IngestResult } from '../ingest/types';
import { knownBodies, saveArticle } from './save';

export type StoreOutcome =
  | { status: 'stored'; id: string }
  | { status: 'duplicate'; id: string; reason: 'same-file' | 'same-body' }
  | { status: 'refused'; error: string };

export interface StoredFile {
  result: IngestResult;
  outcome: StoreOutcome;
}

/**
 * The one path from raw files to stored articles (CLI, seed, upload form): ingest the batch
 * against what is already stored, then store each new article in its own transaction, so one bad
 * or duplicate file never stops the others.
 */
export async function storeFiles(
  files: { name: string; bytes: Uint8Array }[],
  options: { actor: string; maxBytes?: number; synthetic?: boolean },
): Promise<StoredFile[]> {
  const results = ingestBatch(files, { maxBytes: options.maxBytes, knownBodies: await knownBodies() });
  const stored: StoredFile[] = [];
  for (const [index, result] of results.entries()) {
    if (!result.ok) {
      stored.push({ result, outcome: { status: 'refused', error: result.error } });
      continue;
    }
    const saved = await saveArticle(result, files[index]!.bytes, { actor: options.actor, synthetic: options.synthetic });
    stored.push({ result, outcome: saved.status === 'stored' ? saved : { status: 'duplicate', id: saved.id, reason: saved.reason } });
  }
  return stored;
}
