import 'server-only';
import { db } from '../db/client';
import type { ArticleStatus, TextDirection } from '../db/generated/enums';
import { ingestBatch } from '../ingest';
import { fingerprint } from '../ingest/fingerprint';
import { preparePdfs } from '../pdf/read';
import type { Confidence, DeclaredChoice, IngestedArticle, RefusedFile } from '../ingest/types';
import { hasBodyText, NO_BODY_ERROR } from './body-text';
import { correctIngested, metadataOfIngested, type EditableMetadata, type FieldChanges, type MetadataPatch } from './edit';
import { findNearDuplicate } from './fingerprints';
import { saveArticle } from './save';

/** The upload form's limit per file; the CLI's default is the ingester's own. */
export const UPLOAD_MAX_BYTES = 5_000_000;

export interface ExistingArticle {
  id: string;
  title: string;
  language: string;
  direction: TextDirection;
  status: ArticleStatus;
}

/** What the ingester read, as the upload form shows it. */
export interface PreviewView extends EditableMetadata {
  dateParts: IngestedArticle['dateParts'];
  calendar: string | null;
  paragraphs: string[];
  captions: string[];
  removed: string[];
  encoding: string;
  sha256: string;
  bodyHash: string;
  /** The body's near-duplicate signature, so the form can compare the files of one upload. */
  fingerprint: number[] | null;
  /** How sure the ingester is of each derived field, 0 to 1. */
  confidence: Confidence;
  /** For HTML pages and PDFs: where the declared and the printed values differ, and which was kept. */
  declaredChoices: DeclaredChoice[];
}

export type PreviewResult =
  | { status: 'ready'; file: string; view: PreviewView }
  | { status: 'duplicate'; file: string; reason: 'same-file' | 'same-body'; existing: ExistingArticle; view: PreviewView }
  /** Publishable, but only on purpose: its body overlaps a stored article's by `similarity`. */
  | { status: 'near-duplicate'; file: string; existing: ExistingArticle; similarity: number; view: PreviewView }
  | { status: 'refused'; file: string; reason: RefusedFile['reason']; error: string };

/** Why a file is not published: the ingester's reasons, and `no-body` for a headline without text. */
export type RefusalReason = RefusedFile['reason'] | 'no-body';

export type PublishResult =
  | { status: 'published'; file: string; id: string; title: string; changes: FieldChanges }
  | { status: 'duplicate'; file: string; reason: 'same-file' | 'same-body'; existing: ExistingArticle | null }
  | { status: 'near-duplicate'; file: string; existing: ExistingArticle | null; similarity: number }
  | { status: 'refused'; file: string; reason: RefusalReason; error: string };

function viewOf(article: IngestedArticle): PreviewView {
  return {
    ...metadataOfIngested(article),
    dateParts: article.dateParts,
    calendar: article.calendar,
    paragraphs: article.paragraphs,
    captions: article.captions,
    removed: article.removed,
    encoding: article.encoding,
    sha256: article.sha256,
    bodyHash: article.bodyHash,
    fingerprint: fingerprint(article.paragraphs),
    confidence: article.confidence,
    declaredChoices: article.declared?.choices ?? [],
  };
}

async function existing(id: string): Promise<ExistingArticle | null> {
  return db().article.findUnique({ where: { id }, select: { id: true, title: true, language: true, direction: true, status: true } });
}

/** The stored article with these bytes or this cleaned body, if any (same bytes checked first, as saveArticle does). */
async function findDuplicate(article: IngestedArticle): Promise<{ reason: 'same-file' | 'same-body'; existing: ExistingArticle } | null> {
  const sameFile = await db().rawFile.findUnique({
    where: { sha256: article.sha256 },
    select: { articles: { select: { id: true }, take: 1 } },
  });
  const fileArticle = sameFile?.articles[0] && (await existing(sameFile.articles[0].id));
  if (fileArticle) return { reason: 'same-file', existing: fileArticle };
  const sameBody = await db().article.findFirst({
    where: { bodyHash: article.bodyHash },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  const bodyArticle = sameBody && (await existing(sameBody.id));
  return bodyArticle ? { reason: 'same-body', existing: bodyArticle } : null;
}

// The same ingestion as `npm run ingest` and the seed (lib/articles/store-files.ts): ingestBatch,
// one file at a time; duplicates are looked up by index rather than by loading every body hash.
// A PDF's text is read first (asynchronously) and handed to the ingester.
async function ingestOne(name: string, bytes: Uint8Array) {
  return ingestBatch([{ name, bytes }], { maxBytes: UPLOAD_MAX_BYTES, pdfText: await preparePdfs([{ bytes }], UPLOAD_MAX_BYTES) })[0]!;
}

/** Reads a file without storing anything: what would be published, or why it would not. */
export async function previewUpload(name: string, bytes: Uint8Array): Promise<PreviewResult> {
  const result = await ingestOne(name, bytes);
  if (!result.ok) return { status: 'refused', file: result.file, reason: result.reason, error: result.error };
  const view = viewOf(result);
  const duplicate = await findDuplicate(result);
  if (duplicate) return { status: 'duplicate', file: result.file, ...duplicate, view };
  const near = await findNearDuplicate(db(), view.fingerprint);
  const nearArticle = near && (await existing(near.id));
  if (near && nearArticle) return { status: 'near-duplicate', file: result.file, existing: nearArticle, similarity: near.similarity, view };
  return { status: 'ready', file: result.file, view };
}

/**
 * Publishes an uploaded file: the bytes are ingested again here (nothing the browser computed is
 * trusted), the admin's validated corrections applied, and raw file, article and audit entry
 * stored in one transaction by saveArticle. A near duplicate of a stored article is published
 * only with `publishAnyway` (the admin's explicit choice, recorded in the audit entry).
 */
export async function publishUpload(
  name: string,
  bytes: Uint8Array,
  patch: MetadataPatch,
  actor: string,
  { publishAnyway = false }: { publishAnyway?: boolean } = {},
): Promise<PublishResult> {
  const result = await ingestOne(name, bytes);
  if (!result.ok) return { status: 'refused', file: result.file, reason: result.reason, error: result.error };
  if (!hasBodyText(result)) return { status: 'refused', file: result.file, reason: 'no-body', error: NO_BODY_ERROR };
  const { article, changes } = correctIngested(result, patch);
  const corrected = Object.keys(changes).length > 0;
  const saved = await saveArticle(article, bytes, {
    actor,
    nearDuplicates: publishAnyway ? 'store' : 'refuse',
    ...(corrected && { auditChanges: { corrections: changes } }),
  });
  if (saved.status === 'duplicate') {
    const other = await existing(saved.id);
    return saved.reason === 'similar-body'
      ? { status: 'near-duplicate', file: article.file, existing: other, similarity: saved.similarity }
      : { status: 'duplicate', file: article.file, reason: saved.reason, existing: other };
  }
  return { status: 'published', file: article.file, id: saved.id, title: article.title, changes };
}
