import 'server-only';
import { db } from '../db/client';
import type { AuditAction, TextDirection } from '../db/generated/enums';

export interface AuditView {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  articleId: string | null;
  articleTitle: string | null;
  articleDirection: TextDirection | null;
  articleLanguage: string | null;
  changes: unknown;
}

export const AUDIT_PAGE_SIZE = 100;

/** The newest audit entries first; `before` (an entry id) pages back through older ones. */
export async function listAudit(
  options: { articleId?: string; before?: bigint } = {},
): Promise<{ entries: AuditView[]; nextBefore: string | null }> {
  const rows = await db().auditEntry.findMany({
    where: { ...(options.articleId && { articleId: options.articleId }), ...(options.before && { id: { lt: options.before } }) },
    orderBy: { id: 'desc' },
    take: AUDIT_PAGE_SIZE + 1,
    include: { article: { select: { title: true, direction: true, language: true } } },
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({
    id: row.id.toString(),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    articleId: row.articleId,
    articleTitle: row.article?.title ?? null,
    articleDirection: row.article?.direction ?? null,
    articleLanguage: row.article?.language ?? null,
    changes: row.changes,
  }));
  return { entries, nextBefore: rows.length > AUDIT_PAGE_SIZE ? entries.at(-1)!.id : null };
}
