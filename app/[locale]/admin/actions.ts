'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import * as z from 'zod';
import { getAdminArticle, setArticleStatus, updateArticleMetadata, type FieldChanges } from '@/lib/articles';
import { checkReason, type ReasonError } from '@/lib/articles/audit-reason';
import { ARTICLE_ID_PATTERN } from '@/lib/articles/ids';
import {
  checkMetadataForm,
  formValuesFromForm,
  formValuesOf,
  type FieldError,
  type MetadataFormValues,
} from '@/lib/articles/metadata-schema';
import { clearSessionCookie, clientAddress, sameOrigin, sessionToken, setSessionCookie, userAgent } from '@/lib/auth/request';
import { isUnauthorised, requireAdminAction } from '@/lib/auth/require-admin';
import { revokeSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { ArticleStatus } from '@/lib/db/generated/enums';
import { getPathname } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';

const localeSchema = z.enum(routing.locales);

/** After a refused sign-in the form shows the e-mail address again (never the password). */
export type SignInState =
  | { status: 'idle' }
  | { status: 'invalid'; email: string }
  | { status: 'locked'; minutes: number; email: string }
  | { status: 'error'; email: string };

const signInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  locale: localeSchema,
  next: z.string().max(500).optional(),
});

/** Only a path inside this site's admin area may be the place to go after signing in. */
function safeNext(next: string | undefined, locale: AppLocale): string {
  if (next && /^\/[A-Za-z-]+\/admin(?:\/[\w\-/]*)?$/.test(next)) return next;
  return getPathname({ href: '/admin/upload', locale });
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const typed = form.get('email');
  const email = typeof typed === 'string' ? typed.slice(0, 254) : '';
  if (!(await sameOrigin())) return { status: 'error', email };
  const parsed = signInSchema.safeParse({
    email: form.get('email'),
    password: form.get('password'),
    locale: form.get('locale'),
    next: form.get('next') || undefined,
  });
  if (!parsed.success) return { status: 'invalid', email };
  const { password, locale, next } = parsed.data;
  const result = await signIn(parsed.data.email, password, { ip: await clientAddress(), userAgent: await userAgent() });
  if (result.status === 'invalid') return { status: 'invalid', email };
  if (result.status === 'locked') return { status: 'locked', minutes: result.retryAfterMinutes, email };
  await setSessionCookie(result.token, result.maxAgeSeconds);
  redirect(safeNext(next, locale));
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeSchema.catch(routing.defaultLocale).parse(form.get('locale'));
  if (await sameOrigin()) {
    await revokeSession(await sessionToken());
    await clearSessionCookie();
  }
  redirect(getPathname({ href: { pathname: '/admin/login', query: { signedOut: '1' } }, locale }));
}

export type EditState =
  | { status: 'idle' }
  | { status: 'updated'; changes: FieldChanges }
  | { status: 'unchanged' }
  /** What was typed, shown again, and what is wrong with it; `attempt` tells one refusal from the next. */
  | { status: 'invalid'; errors: FieldError[]; values: MetadataFormValues; attempt: number }
  | { status: 'not-found' }
  | { status: 'unauthorised' };

const idSchema = z.string().regex(ARTICLE_ID_PATTERN);

export async function updateArticleAction(previous: EditState, form: FormData): Promise<EditState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const id = idSchema.safeParse(form.get('id'));
  if (!id.success) return { status: 'not-found' };
  const checked = checkMetadataForm(form);
  if (!checked.ok) {
    const stored = await getAdminArticle(id.data);
    if (!stored) return { status: 'not-found' };
    const attempt = previous.status === 'invalid' ? previous.attempt + 1 : 1;
    return { status: 'invalid', errors: checked.errors, values: formValuesFromForm(form, formValuesOf(stored)), attempt };
  }
  const result = await updateArticleMetadata(id.data, checked.patch, admin.email);
  if (result.status === 'updated') revalidatePath('/', 'layout');
  return result;
}

export type StatusState =
  | { status: 'idle' }
  | { status: 'changed' | 'unchanged' | 'not-found' | 'unauthorised' }
  /** Unpublishing needs a reason; `attempt` tells one refusal from the next. */
  | { status: 'invalid'; error: ReasonError; attempt: number };

export async function setStatusAction(form: FormData, previous?: StatusState): Promise<StatusState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const parsed = z.object({ id: idSchema, status: z.enum(ArticleStatus) }).safeParse({ id: form.get('id'), status: form.get('status') });
  if (!parsed.success) return { status: 'not-found' };
  let reason: string | null = null;
  if (parsed.data.status === 'unpublished') {
    const checked = checkReason(form.get('reason'));
    if (!checked.ok) return { status: 'invalid', error: checked.error, attempt: previous?.status === 'invalid' ? previous.attempt + 1 : 1 };
    reason = checked.reason;
  }
  const result = await setArticleStatus(parsed.data.id, parsed.data.status, admin.email, reason);
  revalidatePath('/', 'layout');
  return result;
}
