import { db } from '../db/client';
import type { IngestedArticle } from '../ingest/types';
import { writeSearchKeys } from '../search/write-keys';
import { newArticleId, newRawFileId } from './ids';

export interface SaveOptions {
  /** Who stored it, for the audit log: an admin's e-mail, or `system:seed`. */
  actor: string;
  synthetic?: boolean;
  /** Extra facts for the audit entry, e.g. the admin's corrections to what the ingester read. */
  auditChanges?: Record<string, unknown>;
}

export type SaveResult =
  | { status: 'stored'; id: string }
  | { status: 'duplicate'; id: string; reason: 'same-file' | 'same-body' };

/** Ids of published or unpublished articles by body hash, for duplicate detection in a batch. */
export async function knownBodies(): Promise<Map<string, string>> {
  const rows = await db().article.findMany({ select: { id: true, bodyHash: true }, orderBy: { createdAt: 'asc' } });
  const map = new Map<string, string>();
  for (const row of rows) if (!map.has(row.bodyHash)) map.set(row.bodyHash, row.id);
  return map;
}

/**
 * Stores one ingested file: its raw bytes, the article and an audit entry, all in one
 * transaction, so a failure half-way leaves nothing behind. The same bytes or the same cleaned
 * body already stored make it a duplicate, and nothing is written.
 */
export async function saveArticle(article: IngestedArticle, bytes: Uint8Array, options: SaveOptions): Promise<SaveResult> {
  return db().$transaction(async (tx) => {
    const sameFile = await tx.rawFile.findUnique({ where: { sha256: article.sha256 }, select: { articles: { select: { id: true }, take: 1 } } });
    const sameFileArticle = sameFile?.articles[0];
    if (sameFileArticle) return { status: 'duplicate', id: sameFileArticle.id, reason: 'same-file' };
    const sameBody = await tx.article.findFirst({ where: { bodyHash: article.bodyHash }, select: { id: true } });
    if (sameBody) return { status: 'duplicate', id: sameBody.id, reason: 'same-body' };

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
    await tx.auditEntry.create({
      data: { actor: options.actor, action: 'publish', articleId: id, changes: { file: article.file, sha256: article.sha256, ...options.auditChanges } as object },
    });
    return { status: 'stored', id };
  });
}

export async function countArticles(): Promise<number> {
  return db().article.count();
}
