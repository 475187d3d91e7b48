import 'server-only';
import { redirect } from 'next/navigation';
import { getPathname } from '../i18n/navigation';
import type { AppLocale } from '../i18n/routing';
import { sameOrigin, sessionToken } from './request';
import { verifySession, type Admin } from './sessions';

export type { Admin } from './sessions';

export async function currentAdmin(): Promise<Admin | null> {
  return verifySession(await sessionToken());
}

/** First line of every admin page: the signed-in admin, or a redirect to sign-in. */
export async function requireAdminPage(locale: AppLocale, next?: string): Promise<Admin> {
  const admin = await currentAdmin();
  if (!admin) {
    const login = getPathname({ href: { pathname: '/admin/login', query: next ? { next } : {} }, locale });
    redirect(login);
  }
  return admin;
}

export type Unauthorised = { ok: false; status: 401 | 403 };

/** First line of every admin server action and API route: the admin, or a 401/403 result. */
export async function requireAdminAction(): Promise<Admin | Unauthorised> {
  if (!(await sameOrigin())) return { ok: false, status: 403 };
  const admin = await currentAdmin();
  return admin ?? { ok: false, status: 401 };
}

export function isUnauthorised(value: Admin | Unauthorised): value is Unauthorised {
  return 'ok' in value && value.ok === false;
}
