import 'server-only';
import { createHash } from 'node:crypto';
import { db, readDb } from '../db/client';
import { newArticleId } from '../articles/ids';
import { languageDirection } from '../i18n/locale';
import { searchVectors } from '../search/write-keys';
import { alignmentProblem, defaultAlignment, describeAlignmentProblem, type AlignmentProblem } from './alignment';
import type { ValidTranslation } from './schema';
import type { ArticleTranslationView } from './types';

interface TranslationRow {
  id: string;
  language: string;
  title: string;
  paragraphs: string[];
  alignment: number[];
  note: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

function toView(row: TranslationRow): ArticleTranslationView {
  return {
    id: row.id,
    language: row.language,
    direction: languageDirection(row.language),
    title: row.title,
    paragraphs: row.paragraphs,
    alignment: row.alignment,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An article's translations, by language tag. */
export async function listTranslations(articleId: string): Promise<ArticleTranslationView[]> {
  const rows = await readDb().articleTranslation.findMany({
    where: { articleId },
    orderBy: { language: 'asc' },
    // Not the uploaded file's bytes: readers and forms never need them.
    select: {
      id: true,
      language: true,
      title: true,
      paragraphs: true,
      alignment: true,
      note: true,
      createdBy: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  return rows.map(toView);
}

// Audit entries number paragraphs from 1, as the forms and the article page do.
const asNumbers = (alignment: readonly number[]) => alignment.map((index) => index + 1);

/** The file a translation was read from, stored with it byte for byte. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  encoding: string | null;
}

export type AttachResult =
  | { status: 'attached'; translation: ArticleTranslationView }
  | { status: 'not-found' }
  | { status: 'exists' }
  | { status: 'same-language' };

/**
 * Attaches a translation aligned by paragraph order, with its search keys, and records it in the
 * audit log, in one transaction. A language already attached is refused, not replaced: its
 * alignment may have been corrected by hand.
 */
export async function attachTranslation(input: ValidTranslation, actor: string, file: UploadedFile | null = null): Promise<AttachResult> {
  return db().$transaction(async (tx) => {
    // FOR SHARE: the article cannot be deleted under the new translation.
    const articles = await tx.$queryRaw<{ language: string; count: number }[]>`
      SELECT language, cardinality(paragraphs) AS count FROM article WHERE id = ${input.articleId} FOR SHARE`;
    const article = articles[0];
    if (!article) return { status: 'not-found' } as const;
    if (article.language.toLowerCase() === input.language.toLowerCase()) return { status: 'same-language' } as const;
    const alignment = defaultAlignment(input.paragraphs.length, article.count);
    const vectors = searchVectors(input.title, input.paragraphs);
    const inserted = await tx.$queryRaw<TranslationRow[]>`
      INSERT INTO article_translation (id, article_id, language, title, paragraphs, alignment, note, created_by, search_folded, search_exact,
        file_name, file_bytes, file_encoding)
      VALUES (${`t${newArticleId()}`}, ${input.articleId}, ${input.language}, ${input.title}, ${input.paragraphs}::text[],
        ${alignment}::int[], ${input.note}, ${actor}, ${vectors.folded}, ${vectors.exact},
        ${file?.name ?? null}, ${file ? Buffer.from(file.bytes) : null}, ${file?.encoding ?? null})
      ON CONFLICT (article_id, language) DO NOTHING
      RETURNING id, language, title, paragraphs, alignment, note, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;
    const row = inserted[0];
    if (!row) return { status: 'exists' } as const;
    await tx.auditEntry.create({
      data: {
        actor,
        action: 'translation_attach',
        articleId: input.articleId,
        changes: {
          translation: { from: null, to: input.language },
          title: input.title,
          paragraphs: input.paragraphs.length,
          alignment: asNumbers(alignment),
          note: input.note,
          ...(file && { file: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex') }),
        },
      },
    });
    return { status: 'attached', translation: toView(row) } as const;
  });
}

export type RealignResult =
  | { status: 'realigned' }
  | { status: 'unchanged' }
  | { status: 'not-found' }
  | { status: 'invalid'; problem: AlignmentProblem; message: string };

/** Sets which original paragraph each translation paragraph sits beside, after checking it fits. */
export async function realignTranslation(
  articleId: string,
  language: string,
  alignment: readonly number[],
  actor: string,
): Promise<RealignResult> {
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; alignment: number[]; translation_count: number; original_count: number }[]>`
      SELECT t.id, t.alignment, cardinality(t.paragraphs) AS translation_count, cardinality(a.paragraphs) AS original_count
      FROM article_translation t JOIN article a ON a.id = t.article_id
      WHERE t.article_id = ${articleId} AND t.language = ${language}
      FOR UPDATE OF t`;
    const row = rows[0];
    if (!row) return { status: 'not-found' } as const;
    const problem = alignmentProblem(alignment, row.translation_count, row.original_count);
    if (problem) return { status: 'invalid', problem, message: describeAlignmentProblem(problem) } as const;
    if (row.alignment.length === alignment.length && row.alignment.every((value, index) => value === alignment[index]))
      return { status: 'unchanged' } as const;
    await tx.articleTranslation.update({ where: { id: row.id }, data: { alignment: [...alignment], updatedAt: new Date() } });
    await tx.auditEntry.create({
      data: {
        actor,
        action: 'translation_realign',
        articleId,
        changes: { translation: language, alignment: { from: asNumbers(row.alignment), to: asNumbers(alignment) } },
      },
    });
    return { status: 'realigned' } as const;
  });
}

export type DeleteResult = { status: 'deleted' } | { status: 'not-found' };

/**
 * Removes a translation. Its whole text goes into the audit entry, so a deletion can be undone
 * by attaching it again from there: nothing an admin supplied is lost.
 */
export async function deleteTranslation(articleId: string, language: string, actor: string): Promise<DeleteResult> {
  return db().$transaction(async (tx) => {
    const deleted = await tx.$queryRaw<TranslationRow[]>`
      DELETE FROM article_translation WHERE article_id = ${articleId} AND language = ${language}
      RETURNING id, language, title, paragraphs, alignment, note, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;
    const row = deleted[0];
    if (!row) return { status: 'not-found' } as const;
    await tx.auditEntry.create({
      data: {
        actor,
        action: 'translation_delete',
        articleId,
        changes: {
          translation: { from: language, to: null },
          title: row.title,
          text: row.paragraphs.join('\n\n'),
          alignment: asNumbers(row.alignment),
          note: row.note,
        },
      },
    });
    return { status: 'deleted' } as const;
  });
}
