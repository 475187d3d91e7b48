import 'server-only';
import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { ArticleStatus, DatePrecision, TextDirection } from '../db/generated/enums';
import type { DateParts, IngestedArticle } from '../ingest/types';
import { ARTICLE_ID_PATTERN } from './ids';
import { isoDate, pairOf } from './rows';
import { writeSearchKeys } from '../search/write-keys';

import type { MetadataPatch } from './metadata-schema';

export {
  metadataSchema,
  metadataFromForm,
  METADATA_FORM_FIELDS,
  checkMetadataForm,
  formValuesFromForm,
  formValuesOf,
  COUNTRY_CODES,
  PICKER_LANGUAGES,
  UNKNOWN_LANGUAGE,
} from './metadata-schema';
export type { MetadataInput, MetadataPatch, MetadataFormField, MetadataFormValues, FieldError, FieldErrorKey } from './metadata-schema';

/** The editable metadata of an article, as the forms show it. */
export interface EditableMetadata {
  title: string;
  language: string;
  direction: TextDirection;
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  source: string | null;
  author: string | null;
  countryPair: [string, string] | null;
  countriesMentioned: string[];
}

export const METADATA_FIELDS = [
  'title',
  'language',
  'direction',
  'publishedAt',
  'datePrecision',
  'dateText',
  'source',
  'author',
  'countryPair',
  'countriesMentioned',
] as const satisfies readonly (keyof EditableMetadata)[];

export type FieldChanges = Partial<Record<keyof EditableMetadata, { from: unknown; to: unknown }>>;

/** Applies a validated patch; a date without a precision is a full date, a cleared date has none. */
export function applyPatch(current: EditableMetadata, patch: MetadataPatch): EditableMetadata {
  const next: EditableMetadata = { ...current };
  for (const field of METADATA_FIELDS) {
    if (patch[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = patch[field];
  }
  if (next.publishedAt === null) next.datePrecision = null;
  else next.datePrecision ??= 'day';
  return next;
}

export function diffMetadata(before: EditableMetadata, after: EditableMetadata): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of METADATA_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}

/** The date parts a corrected date implies; without a date, only a yearless partial date survives. */
export function datePartsFor(metadata: EditableMetadata, previous: DateParts | null): DateParts | null {
  if (metadata.publishedAt) {
    const [year, month, day] = metadata.publishedAt.split('-').map(Number) as [number, number, number];
    if (metadata.datePrecision === 'year') return { year };
    if (metadata.datePrecision === 'month') return { year, month };
    return { year, month, day };
  }
  return previous && previous.year === undefined ? previous : null;
}

export function metadataOfIngested(article: IngestedArticle): EditableMetadata {
  return {
    title: article.title,
    language: article.language,
    direction: article.direction,
    publishedAt: article.publishedAt,
    datePrecision: article.publishedAt ? (article.datePrecision ?? 'day') : null,
    dateText: article.dateText,
    source: article.source,
    author: article.author,
    countryPair: article.countryPair,
    countriesMentioned: article.countriesMentioned,
  };
}

/** An ingested article with the admin's corrections applied, and what they changed. */
export function correctIngested(article: IngestedArticle, patch: MetadataPatch): { article: IngestedArticle; changes: FieldChanges } {
  const before = metadataOfIngested(article);
  const after = applyPatch(before, patch);
  return {
    article: { ...article, ...after, dateParts: datePartsFor(after, article.dateParts) },
    changes: diffMetadata(before, after),
  };
}

type ArticleRecord = Prisma.ArticleGetPayload<object>;

function metadataOfRow(row: ArticleRecord): EditableMetadata {
  return {
    title: row.title,
    language: row.language,
    direction: row.direction,
    publishedAt: isoDate(row.publishedAt),
    datePrecision: row.datePrecision,
    dateText: row.dateText,
    source: row.source,
    author: row.author,
    countryPair: pairOf(row.pairA, row.pairB),
    countriesMentioned: row.countriesMentioned,
  };
}

function rowData(metadata: EditableMetadata, parts: DateParts | null) {
  const [pairA, pairB] = metadata.countryPair ?? [null, null];
  return {
    title: metadata.title,
    language: metadata.language,
    direction: metadata.direction,
    publishedAt: metadata.publishedAt ? new Date(`${metadata.publishedAt}T00:00:00Z`) : null,
    datePrecision: metadata.publishedAt ? metadata.datePrecision : null,
    dateYear: parts?.year ?? null,
    dateMonth: parts?.month ?? null,
    dateDay: parts?.day ?? null,
    dateText: metadata.dateText,
    source: metadata.source,
    author: metadata.author,
    countriesMentioned: metadata.countriesMentioned,
    pairA,
    pairB,
    pairKey: pairA && pairB ? `${pairA}-${pairB}` : null,
    updatedAt: new Date(),
  };
}

export interface AdminArticle extends EditableMetadata {
  id: string;
  status: ArticleStatus;
  calendar: string | null;
  paragraphs: string[];
  fileName: string | null;
  createdAt: string;
  updatedAt: string;
}

export async function getAdminArticle(id: string): Promise<AdminArticle | null> {
  if (!ARTICLE_ID_PATTERN.test(id)) return null;
  const row = await db().article.findUnique({ where: { id }, include: { rawFile: { select: { fileName: true } } } });
  if (!row) return null;
  return {
    id: row.id,
    ...metadataOfRow(row),
    status: row.status,
    calendar: row.calendar,
    paragraphs: row.paragraphs,
    fileName: row.rawFile?.fileName ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type EditResult = { status: 'updated'; changes: FieldChanges } | { status: 'unchanged' } | { status: 'not-found' };

/** Corrects a stored article's metadata and records who changed what, in one transaction. */
export async function updateArticleMetadata(id: string, patch: MetadataPatch, actor: string): Promise<EditResult> {
  if (!ARTICLE_ID_PATTERN.test(id)) return { status: 'not-found' };
  return db().$transaction(async (tx) => {
    // Lock the row so two admins editing at once each see the other's change in their diff.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM article WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) return { status: 'not-found' };
    const row = await tx.article.findUniqueOrThrow({ where: { id } });
    const before = metadataOfRow(row);
    const after = applyPatch(before, patch);
    const changes = diffMetadata(before, after);
    if (Object.keys(changes).length === 0) return { status: 'unchanged' };
    const previousParts: DateParts = {
      ...(row.dateYear !== null && { year: row.dateYear }),
      ...(row.dateMonth !== null && { month: row.dateMonth }),
      ...(row.dateDay !== null && { day: row.dateDay }),
    };
    await tx.article.update({ where: { id }, data: rowData(after, datePartsFor(after, previousParts)) });
    // The title is part of the search keys; they change with it, in the same transaction.
    if (changes.title) await writeSearchKeys(tx, id, after.title, row.paragraphs);
    await tx.auditEntry.create({ data: { actor, action: 'edit', articleId: id, changes: changes as object } });
    return { status: 'updated', changes };
  });
}

export type StatusResult = { status: 'changed' | 'unchanged' | 'not-found' };

/**
 * Withdraws an article from the reading room or brings it back, with the admin's reason in the
 * same audit entry (the unpublish action requires one and checks it). Nothing is ever deleted.
 */
export async function setArticleStatus(
  id: string,
  status: ArticleStatus,
  actor: string,
  reason: string | null = null,
): Promise<StatusResult> {
  if (!ARTICLE_ID_PATTERN.test(id)) return { status: 'not-found' };
  return db().$transaction(async (tx) => {
    const updated = await tx.article.updateMany({ where: { id, status: { not: status } }, data: { status, updatedAt: new Date() } });
    if (updated.count === 0) {
      return (await tx.article.count({ where: { id } })) > 0 ? { status: 'unchanged' } : { status: 'not-found' };
    }
    const from = status === 'published' ? 'unpublished' : 'published';
    await tx.auditEntry.create({
      data: {
        actor,
        action: status === 'published' ? 'republish' : 'unpublish',
        articleId: id,
        changes: { status: { from, to: status }, ...(reason && { reason }) },
      },
    });
    return { status: 'changed' };
  });
}

export interface AdminListItem {
  id: string;
  title: string;
  language: string;
  direction: TextDirection;
  status: ArticleStatus;
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  countryPair: [string, string] | null;
  createdAt: string;
}
