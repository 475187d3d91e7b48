'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/app/[locale]/admin/actions';

export function LoginForm({ locale, next, notice }: { locale: string; next: string | null; notice: 'signedOut' | 'expired' | null }) {
  const t = useTranslations('Admin.login');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: 'idle' });
  const error =
    state.status === 'invalid' ? t('invalid') : state.status === 'locked' ? t('locked', { count: state.minutes }) : state.status === 'error' ? t('error') : null;
  return (
    <form action={action} className="max-w-sm space-y-4" aria-describedby={error ? 'login-error' : undefined} noValidate>
      {notice && !error && (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 p-3 text-sky-900">
          {t(notice)}
        </p>
      )}
      <div role="alert" id="login-error" aria-live="assertive">
        {error && <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="login-error" data-state={state.status}>{error}</p>}
      </div>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="login-email" className="mb-1 block font-medium">
          {t('email')}
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          dir="ltr"
          aria-invalid={state.status === 'invalid' || undefined}
          className="w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="login-password" className="mb-1 block font-medium">
          {t('password')}
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          dir="ltr"
          aria-invalid={state.status === 'invalid' || undefined}
          className="w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60">
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
