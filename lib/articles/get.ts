import { readDb } from '../db/client';
import { ARTICLE_ID_PATTERN } from './ids';
import { isoDate, pairOf } from './rows';
import type { ArticleDetail } from './types';

/** A published article for the reader, or null when the id is unknown, malformed or unpublished. */
export async function getArticle(id: string): Promise<ArticleDetail | null> {
  if (!ARTICLE_ID_PATTERN.test(id)) return null;
  const row = await readDb().article.findFirst({
    where: { id, status: 'published' },
    include: {
      rawFile: { select: { fileName: true, sha256: true, byteSize: true, encoding: true, uploadedAt: true } },
    },
  });
  if (!row) return null;
  const hasParts = row.dateYear !== null || row.dateMonth !== null || row.dateDay !== null;
  return {
    id: row.id,
    title: row.title,
    language: row.language,
    direction: row.direction,
    source: row.source,
    author: row.author,
    publishedAt: isoDate(row.publishedAt),
    datePrecision: row.datePrecision,
    dateParts: hasParts
      ? {
          ...(row.dateYear !== null && { year: row.dateYear }),
          ...(row.dateMonth !== null && { month: row.dateMonth }),
          ...(row.dateDay !== null && { day: row.dateDay }),
        }
      : null,
    dateText: row.dateText,
    calendar: row.calendar,
    countryPair: pairOf(row.pairA, row.pairB),
    countriesMentioned: row.countriesMentioned,
    paragraphs: row.paragraphs,
    captions: row.captions,
    synthetic: row.synthetic,
    createdAt: row.createdAt.toISOString(),
    file: row.rawFile
      ? {
          name: row.rawFile.fileName,
          sha256: row.rawFile.sha256,
          byteSize: row.rawFile.byteSize,
          encoding: row.rawFile.encoding,
          uploadedAt: row.rawFile.uploadedAt.toISOString(),
        }
      : null,
  };
}
