import { describe, expect, it } from 'vitest';
import { lowConfidence, nearestInList, publishable } from '../../components/admin/upload-rules';
import { fingerprint } from '../../lib/ingest/fingerprint';

// The upload form's own rules, without a browser: which files a click publishes, which earlier
// file of the list a new one nearly repeats, and which fields are marked for checking first.
const STORY = [
  'Officials from Pakistan and the United States met in Islamabad on Tuesday to review their cooperation against armed groups operating along the Afghan border.',
  'The two delegations agreed to widen the exchange of intelligence on cross-border movements and to train a new unit of border guards over the coming year.',
  'A spokesman for the foreign ministry said the talks had been frank and that both sides wanted to rebuild trust after months of strained relations.',
];
const OTHER = [
  'Iran and Pakistan signed an agreement on Sunday to step up patrols on their shared frontier after a series of attacks on border posts.',
];
const preview = (paragraphs: string[]) => ({ fingerprint: fingerprint(paragraphs) }) as never;

describe('publishable', () => {
  it('takes ready files, and near duplicates only once "publish anyway" is ticked', () => {
    expect(publishable({ status: 'ready' })).toBe(true);
    expect(publishable({ status: 'near-duplicate' })).toBe(false);
    expect(publishable({ status: 'near-duplicate', publishAnyway: false })).toBe(false);
    expect(publishable({ status: 'near-duplicate', publishAnyway: true })).toBe(true);
    for (const status of ['duplicate', 'refused', 'published', 'publishing', 'queued'] as const)
      expect(publishable({ status, publishAnyway: true })).toBe(false);
  });
});

describe('nearestInList', () => {
  const edited = STORY.map((p) => p.replace('on Tuesday', 'this week'));
  const items = [
    { key: 'a', name: 'story.txt', status: 'ready' as const, preview: preview(STORY) },
    { key: 'b', name: 'other.txt', status: 'ready' as const, preview: preview(OTHER) },
    { key: 'c', name: 'copy-of-something.txt', status: 'duplicate' as const, preview: preview(STORY) },
  ];

  it('names the file of the list the new one nearly repeats, with the similarity', () => {
    const near = nearestInList(items, 'new', { fingerprint: fingerprint(edited) });
    expect(near).toMatchObject({ of: 'story.txt' });
    expect(near!.similarity).toBeGreaterThanOrEqual(0.85);
    expect(near!.similarity).toBeLessThan(1);
  });

  it('finds nothing for other text, and never compares a file with itself or with a duplicate', () => {
    expect(
      nearestInList(items, 'new', { fingerprint: fingerprint(['Norway and Sweden agree on joint border patrols next spring.']) }),
    ).toBeNull();
    expect(nearestInList(items, 'a', { fingerprint: fingerprint(STORY) })).toBeNull();
    expect(nearestInList(items.slice(1), 'new', { fingerprint: fingerprint(STORY) })).toBeNull();
  });
});

describe('lowConfidence', () => {
  it('lists the fields below 0.6, in the order the preview shows them', () => {
    expect(lowConfidence({ title: 0.9, date: 0.4, pair: 0.59, language: 0.6, body: 0.1 })).toEqual(['date', 'pair', 'body']);
    expect(lowConfidence({ title: 1, date: 1, pair: 1, language: 1, body: 1 })).toEqual([]);
  });
});
