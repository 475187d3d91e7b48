import { createHash } from 'node:crypto';
import type { IngestedArticle } from '../../lib/ingest/types';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A hand-made ingester result, for testing storage and queries without the ingester. */
export function ingested(overrides: Partial<IngestedArticle> & { file: string }): { article: IngestedArticle; bytes: Uint8Array } {
  const paragraphs = overrides.paragraphs ?? [`Body of ${overrides.file}.`];
  const raw = `${overrides.title ?? overrides.file}\n\n${paragraphs.join('\n\n')}`;
  const bytes = new TextEncoder().encode(raw);
  const article: IngestedArticle = {
    ok: true,
    title: overrides.file,
    language: 'en',
    direction: 'ltr',
    publishedAt: null,
    datePrecision: null,
    dateParts: null,
    dateText: null,
    calendar: null,
    source: null,
    author: null,
    countriesMentioned: [],
    countryPair: null,
    captions: [],
    removed: [],
    encoding: 'utf-8',
    duplicateOf: null,
    duplicateSimilarity: null,
    confidence: { title: 1, date: 1, pair: 1, language: 1, body: 1 },
    dateNote: null,
    ...overrides,
    paragraphs,
    sha256: sha(raw),
    bodyHash: sha(paragraphs.join('\n')),
  };
  return { article, bytes };
}
