'use server';

import { revalidatePath } from 'next/cache';
import { isUnauthorised, requireAdminAction } from '@/lib/auth/require-admin';
import type { AlignmentProblem } from '@/lib/translations/alignment';
import { parseTranslationFile, parseTranslationText } from '@/lib/translations/body';
import { alignmentSchema, translationInputSchema, translationKeySchema } from '@/lib/translations/schema';
import { attachTranslation, deleteTranslation, realignTranslation } from '@/lib/translations/store';

/**
 * What the translation forms get back. Server actions cannot set an HTTP status, so refusals are
 * results: a code the form words in the admin's language, with the reader's own sentence
 * (`detail`, from the file reader or the validator) where there is one.
 */
export type AttachTranslationState =
  | { status: 'idle' }
  | { status: 'attached'; language: string; paragraphs: number }
  | {
      status: 'refused';
      code: 'both' | 'none' | 'file' | 'invalid' | 'exists' | 'same-language' | 'not-found';
      detail?: string;
      fields?: string[];
    }
  | { status: 'unauthorised' };

function isUpload(value: FormDataEntryValue | null): value is File {
  return typeof value === 'object' && value !== null && 'arrayBuffer' in value && value.size > 0;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export async function attachTranslationAction(_previous: AttachTranslationState, form: FormData): Promise<AttachTranslationState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const file = form.get('file');
  const pasted = text(form, 'text');
  const hasFile = isUpload(file);
  const hasText = pasted.trim() !== '';
  if (hasFile && hasText) return { status: 'refused', code: 'both', fields: ['text', 'file'] };
  if (!hasFile && !hasText) return { status: 'refused', code: 'none', fields: ['text', 'file'] };
  const bytes = hasFile ? new Uint8Array(await file.arrayBuffer()) : null;
  const body = hasFile ? parseTranslationFile(file.name, bytes!) : parseTranslationText(pasted);
  if (!body.ok) return { status: 'refused', code: 'file', detail: body.error, fields: [hasFile ? 'file' : 'text'] };

  // Without a title of its own, the translation's headline is the file's (an HTML h1) or, when
  // the text has more than one paragraph, its first: that is where a pasted headline sits.
  const paragraphs = [...body.paragraphs];
  const title = text(form, 'title').trim() || body.title || (paragraphs.length > 1 ? paragraphs.shift()! : paragraphs[0]!);
  const parsed = translationInputSchema.safeParse({
    articleId: text(form, 'articleId'),
    language: text(form, 'language'),
    title,
    paragraphs,
    note: text(form, 'note'),
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
    return {
      status: 'refused',
      code: 'invalid',
      fields,
      detail: parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '')}: ${issue.message}`).join('; '),
    };
  }
  const result = await attachTranslation(
    parsed.data,
    admin.email,
    hasFile ? { name: file.name, bytes: bytes!, encoding: body.encoding } : null,
  );
  if (result.status !== 'attached')
    return { status: 'refused', code: result.status, fields: result.status === 'not-found' ? [] : ['language'] };
  revalidatePath('/', 'layout');
  return { status: 'attached', language: result.translation.language, paragraphs: result.translation.paragraphs.length };
}

export type RealignState =
  | { status: 'idle' }
  | { status: 'realigned' | 'unchanged' | 'not-found' | 'unauthorised' }
  | { status: 'invalid'; problem: AlignmentProblem | null };

export async function realignTranslationAction(_previous: RealignState, form: FormData): Promise<RealignState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const key = translationKeySchema.safeParse({ articleId: form.get('articleId'), language: form.get('language') });
  if (!key.success) return { status: 'not-found' };
  const alignment = alignmentSchema.safeParse(form.getAll('alignment'));
  if (!alignment.success) return { status: 'invalid', problem: null };
  const result = await realignTranslation(key.data.articleId, key.data.language, alignment.data, admin.email);
  if (result.status === 'invalid') return { status: 'invalid', problem: result.problem };
  if (result.status === 'realigned') revalidatePath('/', 'layout');
  return { status: result.status };
}

export type DeleteTranslationState = { status: 'idle' } | { status: 'deleted' | 'not-found' | 'unauthorised' };

export async function deleteTranslationAction(_previous: DeleteTranslationState, form: FormData): Promise<DeleteTranslationState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const key = translationKeySchema.safeParse({ articleId: form.get('articleId'), language: form.get('language') });
  if (!key.success) return { status: 'not-found' };
  const result = await deleteTranslation(key.data.articleId, key.data.language, admin.email);
  if (result.status === 'deleted') revalidatePath('/', 'layout');
  return result;
}
