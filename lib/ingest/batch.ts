/**
 * Several files at once: each is ingested alone, then compared with the stored articles and the
 * earlier files of the batch to find duplicates.
 */
import { ingestFile } from './index';
import type { IngestOptions, IngestResult } from './types';

export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

export interface BatchOptions extends IngestOptions {
  /** Cleaned-body hashes of stored articles, mapped to their ids. */
  knownBodies?: Map<string, string>;
}

/**
 * Ingest several files. A file whose cleaned body equals a stored article's (`knownBodies`) or
 * an earlier file's in the batch gets `duplicateOf` = that article's id or file name.
 */
export function ingestBatch(files: readonly BatchFile[], options: BatchOptions = {}): IngestResult[] {
  const { knownBodies, ...ingestOptions } = options;
  const seen = new Map<string, string>(knownBodies ?? []);
  return files.map(({ name, bytes }) => {
    const result = ingestFile(bytes, name, ingestOptions);
    if (!result.ok) return result;
    const original = seen.get(result.bodyHash);
    if (original !== undefined) return { ...result, duplicateOf: original };
    seen.set(result.bodyHash, result.file);
    return result;
  });
}
