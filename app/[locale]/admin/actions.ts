'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import * as z from 'zod';
import { metadataFromForm, metadataSchema, setArticleStatus, updateArticleMetadata, type FieldChanges } from '@/lib/articles';
import { clearSessionCookie, clientAddress, sameOrigin, sessionToken, setSessionCookie, userAgent } from '@/lib/auth/request';
import { isUnauthorised, requireAdminAction } from '@/lib/auth/require-admin';
import { revokeSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { getPathname } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';

const localeSchema = z.enum(routing.locales);

export type SignInState = { status: 'idle' } | { status: 'invalid' } | { status: 'locked'; minutes: number } | { status: 'error' };

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
  if (!(await sameOrigin())) return { status: 'error' };
  const parsed = signInSchema.safeParse({
    email: form.get('email'),
    password: form.get('password'),
    locale: form.get('locale'),
    next: form.get('next') || undefined,
  });
  if (!parsed.success) return { status: 'invalid' };
  const { email, password, locale, next } = parsed.data;
  const result = await signIn(email, password, { ip: await clientAddress(), userAgent: await userAgent() });
  if (result.status === 'invalid') return { status: 'invalid' };
  if (result.status === 'locked') return { status: 'locked', minutes: result.retryAfterMinutes };
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
  | { status: 'invalid'; fields: string[] }
  | { status: 'not-found' }
  | { status: 'unauthorised' };

const idSchema = z.string().regex(/^[0-9a-z]{12}$/);

export async function updateArticleAction(_previous: EditState, form: FormData): Promise<EditState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const id = idSchema.safeParse(form.get('id'));
  if (!id.success) return { status: 'not-found' };
  const parsed = metadataSchema.safeParse(metadataFromForm(form));
  if (!parsed.success) return { status: 'invalid', fields: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))] };
  const result = await updateArticleMetadata(id.data, parsed.data, admin.email);
  if (result.status === 'updated') revalidatePath('/', 'layout');
  return result;
}

export type StatusState = { status: 'idle' } | { status: 'changed' | 'unchanged' | 'not-found' | 'unauthorised' };

export async function setStatusAction(form: FormData): Promise<StatusState> {
  const admin = await requireAdminAction();
  if (isUnauthorised(admin)) return { status: 'unauthorised' };
  const parsed = z.object({ id: idSchema, status: z.enum(['published', 'unpublished']) }).safeParse({ id: form.get('id'), status: form.get('status') });
  if (!parsed.success) return { status: 'not-found' };
  const result = await setArticleStatus(parsed.data.id, parsed.data.status, admin.email);
  revalidatePath('/', 'layout');
  return result;
}
