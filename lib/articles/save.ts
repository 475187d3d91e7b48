import { db } from '../db/client';
import type { IngestedArticle } from '../ingest/types';
import { fingerprint } from '../ingest/fingerprint';
import { writeSearchKeys } from '../search/write-keys';
import { findNearDuplicate, writeFingerprint } from './fingerprints';
import { newArticleId, newRawFileId } from './ids';

export interface SaveOptions {
  /** Who stored it, for the audit log: an admin's e-mail, or `system:seed`. */
  actor: string;
  synthetic?: boolean;
  /** Extra facts for the audit entry, e.g. the admin's corrections to what the ingester read. */
  auditChanges?: Record<string, unknown>;
  /**
   * What to do with a body that overlaps a stored article's by 85% or more: `refuse` (what the
   * CLI, the seed and the upload form ask for, unless an admin publishes it on purpose) or
   * `store` (the default). Stored or not, the audit entry names that article. The same bytes or
   * the same body are never stored twice.
   */
  nearDuplicates?: 'refuse' | 'store';
}

export type DuplicateReason = 'same-file' | 'same-body' | 'similar-body';

export type SaveResult =
  | { status: 'stored'; id: string }
  | { status: 'duplicate'; id: string; reason: 'same-file' | 'same-body' }
  | { status: 'duplicate'; id: string; reason: 'similar-body'; similarity: number };

/**
 * Stores one ingested file: its raw bytes, the article, its fingerprint and an audit entry, all in
 * one transaction, so a failure half-way leaves nothing behind. The same bytes or the same cleaned
 * body already stored make it a duplicate, and so does a body that overlaps a stored one by 85%
 * or more when `nearDuplicates` is `refuse`; then nothing is written.
 */
export async function saveArticle(article: IngestedArticle, bytes: Uint8Array, options: SaveOptions): Promise<SaveResult> {
  const signature = fingerprint(article.paragraphs);
  return db().$transaction(async (tx) => {
    const sameFile = await tx.rawFile.findUnique({
      where: { sha256: article.sha256 },
      select: { articles: { select: { id: true }, take: 1 } },
    });
    const sameFileArticle = sameFile?.articles[0];
    if (sameFileArticle) return { status: 'duplicate', id: sameFileArticle.id, reason: 'same-file' };
    const sameBody = await tx.article.findFirst({
      where: { bodyHash: article.bodyHash },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    if (sameBody) return { status: 'duplicate', id: sameBody.id, reason: 'same-body' };
    const near = await findNearDuplicate(tx, signature);
    if (near && options.nearDuplicates === 'refuse')
      return { status: 'duplicate', id: near.id, reason: 'similar-body', similarity: near.similarity };

    const rawFileId = newRawFileId();
    await tx.rawFile.create({
      data: {
        id: rawFileId,
        fileName: article.file,
        sha256: article.sha256,
        byteSize: bytes.byteLength,
        encoding: article.encoding,
        bytes: Buffer.from(bytes),
        uploadedBy: options.actor,
      },
    });
    const id = newArticleId();
    const [pairA, pairB] = article.countryPair ?? [null, null];
    await tx.article.create({
      data: {
        id,
        title: article.title,
        language: article.language,
        direction: article.direction,
        paragraphs: article.paragraphs,
        captions: article.captions,
        removed: article.removed,
        publishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
        // The table insists that a date has a precision; an ingester that left it out meant a full date.
        datePrecision: article.publishedAt ? (article.datePrecision ?? 'day') : null,
        dateYear: article.dateParts?.year ?? null,
        dateMonth: article.dateParts?.month ?? null,
        dateDay: article.dateParts?.day ?? null,
        dateText: article.dateText,
        calendar: article.calendar,
        source: article.source,
        author: article.author,
        countriesMentioned: article.countriesMentioned,
        pairA,
        pairB,
        pairKey: pairA && pairB ? `${pairA}-${pairB}` : null,
        bodyHash: article.bodyHash,
        synthetic: options.synthetic ?? false,
        rawFileId,
      },
    });
    await writeSearchKeys(tx, id, article.title, article.paragraphs);
    await writeFingerprint(tx, id, signature);
    const nearDuplicateOf = near && { id: near.id, similarity: near.similarity };
    await tx.auditEntry.create({
      data: {
        actor: options.actor,
        action: 'publish',
        articleId: id,
        changes: {
          file: article.file,
          sha256: article.sha256,
          ...(nearDuplicateOf && { nearDuplicateOf }),
          ...options.auditChanges,
        } as object,
      },
    });
    return { status: 'stored', id };
  });
}

export async function countArticles(): Promise<number> {
  return db().article.count();
}
