/** Content hashes: of the raw bytes (provenance) and of the cleaned body (duplicate detection). */
import { createHash } from 'node:crypto';
import { comparisonKey } from './text';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Hash of the body alone, each paragraph reduced to its comparison key: a re-scrape of the same
 * article with another headline, header, boilerplate, line ends or invisible characters hashes
 * the same, while any change of wording does not.
 */
export function bodyHash(paragraphs: readonly string[]): string {
  return sha256Hex(paragraphs.map(comparisonKey).join('\n'));
}
