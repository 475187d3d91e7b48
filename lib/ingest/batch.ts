/**
 * Several files at once: each is ingested alone, then compared with the earlier files of the
 * batch to find duplicates and near duplicates.
 */
import { NEAR_DUPLICATE_SIMILARITY, bandKeys, fingerprint, similarity } from './fingerprint';
import { ingestFile } from './index';
import { TEMPLATE_MIN_PAGES, templateLines } from './template';
import type { IngestOptions, IngestResult } from './types';

export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

export type BatchOptions = IngestOptions;

/**
 * Ingest several files. A file whose cleaned body equals an earlier file's in the batch gets
 * `duplicateOf` = that file's name and `duplicateSimilarity` 1; one whose body overlaps an earlier
 * file's by NEAR_DUPLICATE_SIMILARITY or more gets that file's name and the estimated similarity.
 * Stored articles are compared by the store (lib/articles/save.ts), through its indexes of body
 * hashes and fingerprints, so that nothing loads every stored article.
 */
export function ingestBatch(files: readonly BatchFile[], options: BatchOptions = {}): IngestResult[] {
  const ingestOptions = { ...options, template: options.template ?? batchTemplate(files) };
  const seen = new Map<string, string>();
  // Earlier originals of the batch by LSH band key, so each file is compared with a few
  // candidates rather than with every file before it.
  const signatures: (number[] | null)[] = [];
  const names: string[] = [];
  const byBand = new Map<number, number[]>();
  return files.map(({ name, bytes }) => {
    const result = ingestFile(bytes, name, ingestOptions);
    if (!result.ok) return result;
    const original = seen.get(result.bodyHash);
    if (original !== undefined) return { ...result, duplicateOf: original, duplicateSimilarity: 1 };
    seen.set(result.bodyHash, result.file);

    const signature = fingerprint(result.paragraphs);
    const keys = bandKeys(signature);
    let best = -1;
    let bestSimilarity = 0;
    for (const candidate of new Set(keys.flatMap((key) => byBand.get(key) ?? []))) {
      const value = similarity(signature, signatures[candidate]!);
      if (value > bestSimilarity || (value === bestSimilarity && candidate < best)) {
        best = candidate;
        bestSimilarity = value;
      }
    }
    if (best >= 0 && bestSimilarity >= NEAR_DUPLICATE_SIMILARITY)
      return { ...result, duplicateOf: names[best]!, duplicateSimilarity: bestSimilarity };

    const index = signatures.push(signature) - 1;
    names.push(result.file);
    for (const key of keys) {
      const list = byBand.get(key);
      if (list) list.push(index);
      else byBand.set(key, [index]);
    }
    return result;
  });
}

/** Only the top of each file is read for template lines: menus and mastheads come first. */
const TEMPLATE_READ_BYTES = 256 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * The lines this batch's pages share. Read as UTF-8 without the ingester's charset detection:
 * a file in another encoding simply contributes no template lines, which costs nothing.
 */
function batchTemplate(files: readonly BatchFile[]): Set<string> | undefined {
  if (files.length < TEMPLATE_MIN_PAGES) return undefined;
  return templateLines(files.map((f) => utf8.decode(f.bytes.subarray(0, TEMPLATE_READ_BYTES))));
}
