import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../lib/articles/audit';
import { backfillFingerprints, findNearDuplicate } from '../../lib/articles/fingerprints';
import { previewUpload, publishUpload } from '../../lib/articles/publish';
import { storeFiles } from '../../lib/articles/store-files';
import { syntheticDemoFiles } from '../../lib/articles/synthetic-demo';
import { db } from '../../lib/db/client';
import { MIGRATIONS_DIR } from '../../lib/db/migrate';
import { BAND_COUNT, NEAR_DUPLICATE_SIMILARITY, SIGNATURE_LENGTH, fingerprint } from '../../lib/ingest/fingerprint';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const enc = (text: string) => new TextEncoder().encode(text);
const PARAGRAPHS = [
  'Officials from Pakistan and the United States met in Islamabad on Tuesday to review their cooperation against armed groups operating along the Afghan border.',
  'The two delegations agreed to widen the exchange of intelligence on cross-border movements and to train a new unit of border guards over the coming year.',
  'A spokesman for the foreign ministry said the talks had been frank and that both sides wanted to rebuild trust after months of strained relations.',
  'Analysts in the capital said the agreement could ease tensions, although previous plans of the same kind had stalled over funding and the sharing of sensitive data.',
  'The next round of talks is expected in Washington before the end of the year, when ministers are due to sign a formal memorandum on counterterrorism financing.',
];
const ORIGINAL = enc(['Pakistan and US review security cooperation', '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n'));
// Another site's copy: its own headline and footer, one phrase edited (so not the same body).
const SYNDICATED = enc(
  [
    'Islamabad, Washington to deepen counterterrorism ties',
    '',
    ...PARAGRAPHS.map((p) => p.replace('on Tuesday', 'this week')).flatMap((p) => [p, '']),
    'Copyright 2024 Example Wire. All rights reserved.',
  ].join('\n'),
);
// Shares one paragraph with the original, otherwise its own story.
const QUOTING = enc(
  [
    'Iran and Pakistan agree on border patrols',
    '',
    'Iran and Pakistan signed an agreement on Sunday to step up patrols on their shared frontier after a series of attacks on border posts.',
    '',
    PARAGRAPHS[1],
    '',
    'Under the deal, the two countries will set up a hotline between their border commanders and hold joint exercises twice a year.',
    '',
    'Officials said smuggling of fuel and drugs had fed the violence, and that customs checks would be tightened on both sides of the crossing points.',
  ].join('\n'),
);

let database: TestDatabase;
let originalId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const published = await publishUpload('original.txt', ORIGINAL, {}, 'admin@example.org');
  if (published.status !== 'published') throw new Error(`not published: ${published.status}`);
  originalId = published.id;
});
afterAll(async () => {
  await database.drop();
});

describe('stored fingerprints', () => {
  it('are written with the article: its signature and band keys', async () => {
    const row = await db().articleFingerprint.findUnique({ where: { articleId: originalId } });
    expect(row).toMatchObject({ pending: false });
    expect(row!.signature).toHaveLength(SIGNATURE_LENGTH);
    expect(row!.bandKeys).toHaveLength(BAND_COUNT);
    const article = await db().article.findUniqueOrThrow({ where: { id: originalId } });
    expect(row!.signature).toEqual(fingerprint(article.paragraphs));
  });

  it('are looked up through the band-key index, not by reading every article', async () => {
    const signature = fingerprint(PARAGRAPHS)!;
    const plan = await db().$transaction(async (tx) => {
      // A table this small is read whole; forbid that to see the plan a large one gets.
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      const keys = `{${(await tx.articleFingerprint.findUniqueOrThrow({ where: { articleId: originalId } })).bandKeys.join(',')}}`;
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT article_id FROM article_fingerprint WHERE band_keys && '${keys}'::bigint[]`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on article_fingerprint_band_keys/);
    expect(await findNearDuplicate(db(), signature)).toMatchObject({ id: originalId, similarity: 1 });
    expect(await findNearDuplicate(db(), null)).toBeNull();
  });
});

describe('previewUpload', () => {
  it('names a stored article the file nearly repeats, with the similarity, and lets it be published', async () => {
    const preview = await previewUpload('syndicated.txt', SYNDICATED);
    expect(preview).toMatchObject({
      status: 'near-duplicate',
      file: 'syndicated.txt',
      existing: { id: originalId, title: 'Pakistan and US review security cooperation', status: 'published' },
    });
    if (preview.status !== 'near-duplicate') return;
    expect(preview.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(preview.similarity).toBeLessThan(1);
  });

  it('finds nothing for an unrelated file or one that quotes a paragraph', async () => {
    expect(await previewUpload('quoting.txt', QUOTING)).toMatchObject({ status: 'ready' });
    const other = enc(
      'Norway and Sweden agree on joint patrols\n\nOslo - The two governments agreed on Friday to begin joint patrols of their northern border in the spring.',
    );
    expect(await previewUpload('other.txt', other)).toMatchObject({ status: 'ready' });
  });

  it('gives the view the form shows: confidence per field and the signature', async () => {
    const preview = await previewUpload('quoting.txt', QUOTING);
    if (preview.status !== 'ready') throw new Error(preview.status);
    const { confidence, fingerprint: signature } = preview.view;
    expect(Object.keys(confidence).sort()).toEqual(['body', 'date', 'language', 'pair', 'title']);
    for (const value of Object.values(confidence)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(signature).toHaveLength(SIGNATURE_LENGTH);
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
  });

  it('still calls the same body a duplicate, not a near duplicate', async () => {
    const crlf = enc(new TextDecoder().decode(ORIGINAL).replaceAll('\n', '\r\n'));
    expect(await previewUpload('crlf.txt', crlf)).toMatchObject({ status: 'duplicate', reason: 'same-body', existing: { id: originalId } });
  });
});

describe('publishUpload of a near duplicate', () => {
  it('stores nothing unless the admin publishes anyway', async () => {
    const before = await db().article.count();
    const refused = await publishUpload('syndicated.txt', SYNDICATED, {}, 'admin@example.org');
    expect(refused).toMatchObject({ status: 'near-duplicate', existing: { id: originalId } });
    expect(await db().article.count()).toBe(before);
  });

  it('publishes on purpose and says so in the audit entry', async () => {
    const published = await publishUpload('syndicated.txt', SYNDICATED, {}, 'editor@example.org', { publishAnyway: true });
    expect(published.status).toBe('published');
    if (published.status !== 'published') return;
    const [entry] = (await listAudit({ articleId: published.id })).entries;
    expect(entry).toMatchObject({
      actor: 'editor@example.org',
      action: 'publish',
      changes: { file: 'syndicated.txt', nearDuplicateOf: { id: originalId } },
    });
    const similarity = (entry!.changes as { nearDuplicateOf: { similarity: number } }).nearDuplicateOf.similarity;
    expect(similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    // The copy is stored with its own fingerprint, and the same body is still refused, anyway or not.
    expect(await db().articleFingerprint.count({ where: { articleId: published.id } })).toBe(1);
    expect(
      await publishUpload('syndicated-again.txt', enc(`${new TextDecoder().decode(SYNDICATED)}\n`), {}, 'editor@example.org', {
        publishAnyway: true,
      }),
    ).toMatchObject({
      status: 'duplicate',
      reason: 'same-body',
      existing: { id: published.id },
    });
  });
});

describe('storeFiles', () => {
  it('skips a near duplicate of a stored article or of an earlier file of the batch', async () => {
    const variant = new TextDecoder().decode(QUOTING).replace('on Sunday', 'late on Sunday');
    const stored = await storeFiles(
      [
        { name: 'syndicated-3.txt', bytes: enc(new TextDecoder().decode(SYNDICATED).replace('this week', 'on Monday')) },
        { name: 'quoting.txt', bytes: QUOTING },
        { name: 'quoting-variant.txt', bytes: enc(variant) },
      ],
      { actor: 'cli:test' },
    );
    expect(stored.map((s) => s.outcome.status)).toEqual(['duplicate', 'stored', 'duplicate']);
    expect(stored[0]!.outcome).toMatchObject({ reason: 'similar-body', id: originalId });
    const quotingId = stored[1]!.outcome.status === 'stored' ? stored[1]!.outcome.id : '';
    expect(stored[2]).toMatchObject({ result: { duplicateOf: quotingId }, outcome: { reason: 'similar-body', id: quotingId } });
  });
});

describe('backfillFingerprints', () => {
  it('fingerprints what the migration queued: the articles stored through the ingester', async () => {
    await storeFiles(syntheticDemoFiles(6), { actor: 'system:seed', synthetic: true, allowNearDuplicates: true });
    const expected = await db().articleFingerprint.findMany({ orderBy: { articleId: 'asc' } });
    // As before the migration: no fingerprints. Then its queueing statement, as written.
    await db().$executeRawUnsafe('DELETE FROM article_fingerprint');
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, '20261206000000_article_fingerprint', 'migration.sql'), 'utf8');
    await db().$executeRawUnsafe(sql.slice(sql.indexOf('INSERT INTO article_fingerprint')));
    expect(await db().articleFingerprint.count({ where: { pending: true } })).toBe(await db().article.count());

    expect(await backfillFingerprints()).toBe(expected.length);
    expect(await db().articleFingerprint.findMany({ orderBy: { articleId: 'asc' } })).toEqual(expected);
    expect(await backfillFingerprints()).toBe(0);
  });
});
