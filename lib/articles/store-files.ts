import { ingestBatch } from '../ingest';
import { preparePdfs } from '../pdf/read';
import type { IngestResult } from '../ingest/types';
import { saveArticle, type DuplicateReason } from './save';

export type StoreOutcome =
  | { status: 'stored'; id: string }
  | { status: 'duplicate'; id: string; reason: DuplicateReason; similarity: number }
  | { status: 'refused'; error: string };

export interface StoredFile {
  result: IngestResult;
  outcome: StoreOutcome;
}

/**
 * The one path from raw files to stored articles (CLI, seed, upload form): ingest the batch (which
 * marks the files that repeat an earlier one), then store each article in its own transaction,
 * so one bad or duplicate file never stops the others. saveArticle looks each file up against
 * what is stored by index (same bytes, same body, shared fingerprint bands), earlier files of the
 * batch included, so nothing loads every stored article.
 */
export async function storeFiles(
  files: { name: string; bytes: Uint8Array }[],
  options: { actor: string; maxBytes?: number; synthetic?: boolean; allowNearDuplicates?: boolean },
): Promise<StoredFile[]> {
  const results = ingestBatch(files, { maxBytes: options.maxBytes, pdfText: await preparePdfs(files, options.maxBytes) });
  const stored: StoredFile[] = [];
  for (const [index, result] of results.entries()) {
    if (!result.ok) {
      stored.push({ result, outcome: { status: 'refused', error: result.error } });
      continue;
    }
    const saved = await saveArticle(result, files[index]!.bytes, {
      actor: options.actor,
      synthetic: options.synthetic,
      nearDuplicates: options.allowNearDuplicates ? 'store' : 'refuse',
    });
    if (saved.status === 'stored') {
      stored.push({ result, outcome: saved });
      continue;
    }
    const similarity = saved.reason === 'similar-body' ? saved.similarity : 1;
    stored.push({
      result: { ...result, duplicateOf: saved.id, duplicateSimilarity: similarity },
      outcome: { status: 'duplicate', id: saved.id, reason: saved.reason, similarity },
    });
  }
  return stored;
}
