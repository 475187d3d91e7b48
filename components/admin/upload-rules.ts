import { hasBodyText } from '@/lib/articles/body-text';
import type { PreviewView } from '@/lib/articles/publish';
import { NEAR_DUPLICATE_SIMILARITY, similarity } from '@/lib/ingest/fingerprint';
import type { Confidence } from '@/lib/ingest/types';
import type { Item } from './upload-item';

/** Below this the preview marks a field for the admin to check first. */
export const LOW_CONFIDENCE = 0.6;

export const CONFIDENCE_FIELDS = ['title', 'date', 'pair', 'language', 'body'] as const satisfies readonly (keyof Confidence)[];

/** The fields read with low confidence, in the order the preview lists them. */
export function lowConfidence(confidence: Confidence): (keyof Confidence)[] {
  return CONFIDENCE_FIELDS.filter((field) => confidence[field] < LOW_CONFIDENCE);
}

/** A read file whose text is only a headline: shown, but never ready (the server refuses it too). */
export function withoutBody(item: Pick<Item, 'preview'>): boolean {
  return item.preview !== undefined && !hasBodyText(item.preview);
}

/** Published on a click of Publish (all): ready files, and near duplicates the admin let through. */
export function publishable(item: Pick<Item, 'status' | 'publishAnyway' | 'preview'>): boolean {
  if (withoutBody(item)) return false;
  return item.status === 'ready' || (item.status === 'near-duplicate' && item.publishAnyway === true);
}

// Files of the list a new one is compared with: read, and not themselves a copy of something.
const ORIGINALS = new Set<Item['status']>(['ready', 'near-duplicate', 'publishing', 'published']);

/**
 * The file of the list whose text this one nearly repeats, by the ingester's fingerprints, as the
 * server compares stored articles: the most similar at or above the threshold, if any.
 */
export function nearestInList(
  items: readonly Pick<Item, 'key' | 'name' | 'status' | 'preview'>[],
  key: string,
  view: Pick<PreviewView, 'fingerprint'>,
): { of: string; similarity: number } | null {
  let best: { of: string; similarity: number } | null = null;
  for (const other of items) {
    if (other.key === key || !other.preview || !ORIGINALS.has(other.status)) continue;
    const value = similarity(view.fingerprint, other.preview.fingerprint);
    if (value >= NEAR_DUPLICATE_SIMILARITY && (!best || value > best.similarity)) best = { of: other.name, similarity: value };
  }
  return best;
}
