'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { signInAction, type SignInState } from '@/app/[locale]/admin/actions';

export function LoginForm({ locale, next, notice }: { locale: string; next: string | null; notice: 'signedOut' | 'expired' | null }) {
  const t = useTranslations('Admin.login');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: 'idle' });
  const email = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);
  const typedEmail = state.status === 'idle' ? '' : state.email;
  // After a refusal the e-mail is shown again (React resets the form) and the admin is taken to
  // the field to retype: the password, or the e-mail when there was none.
  useEffect(() => {
    if (state.status === 'idle') return;
    (state.email ? password : email).current?.focus();
  }, [state]);
  const error =
    state.status === 'invalid'
      ? t('invalid')
      : state.status === 'locked'
        ? t('locked', { count: state.minutes })
        : state.status === 'error'
          ? t('error')
          : null;
  return (
    <form action={action} className="max-w-sm space-y-4" aria-describedby={error ? 'login-error' : undefined} noValidate>
      {notice && !error && (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 p-3 text-sky-900">
          {t(notice)}
        </p>
      )}
      <div role="alert" id="login-error" aria-live="assertive">
        {error && (
          <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="login-error" data-state={state.status}>
            {error}
          </p>
        )}
      </div>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="login-email" className="mb-1 block font-medium">
          {t('email')}
        </label>
        <input
          ref={email}
          id="login-email"
          name="email"
          defaultValue={typedEmail}
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
          ref={password}
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
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
