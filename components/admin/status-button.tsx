'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { setStatusAction, type StatusState } from '@/app/[locale]/admin/actions';
import { UNPUBLISH_REASON_MAX } from '@/lib/articles/audit-reason';

/**
 * Unpublish (with a reason, kept in the audit log) or publish again; the new state is announced
 * where the button was. A refused reason is said under its box, and the box keeps the focus.
 */
export function StatusButton({ id, status, title }: { id: string; status: 'published' | 'unpublished'; title: string }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState<StatusState, FormData>((previous, form) => setStatusAction(form, previous), {
    status: 'idle',
  });
  const [asking, setAsking] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const invalid = state.status === 'invalid' ? state : null;
  useEffect(() => {
    if (asking || invalid) reasonRef.current?.focus();
  }, [asking, invalid]);
  const announced = state.status === 'unauthorised' ? t('edit.unauthorised') : '';

  if (status === 'unpublished') {
    return (
      <form action={action} className="inline">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="status" value="published" />
        <button
          type="submit"
          disabled={pending}
          aria-label={`${t('articles.republish')}: ${title}`}
          className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-50"
          data-action="republish"
        >
          {t('articles.republish')}
        </button>
        <span role="status" className="sr-only">
          {announced}
        </span>
      </form>
    );
  }

  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        aria-label={`${t('articles.unpublish')}: ${title}`}
        className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100"
        data-action="unpublish"
      >
        {t('articles.unpublish')}
      </button>
    );
  }

  return (
    <form
      action={action}
      noValidate
      className="flex w-full flex-col gap-1 rounded border border-stone-300 bg-stone-50 p-2"
      data-testid="unpublish-form"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value="unpublished" />
      <label htmlFor={`${ids}-reason`} className="text-sm font-medium">
        {t('articles.reason')}
      </label>
      <input
        ref={reasonRef}
        id={`${ids}-reason`}
        name="reason"
        maxLength={UNPUBLISH_REASON_MAX}
        required
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${ids}-hint${invalid ? ` ${ids}-error` : ''}`}
        className="rounded border border-stone-400 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
      />
      <p id={`${ids}-hint`} className="text-xs text-stone-700">
        {t('articles.reasonHint', { max: UNPUBLISH_REASON_MAX })}
      </p>
      {invalid && (
        <p id={`${ids}-error`} className="text-sm text-red-800" data-testid="reason-error">
          {t(`articles.reasonErrors.${invalid.error}`, { max: UNPUBLISH_REASON_MAX })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          aria-label={`${t('articles.confirmUnpublish')}: ${title}`}
          className="rounded border border-red-700 bg-red-700 px-2 py-0.5 text-sm text-white hover:bg-red-800 disabled:opacity-50"
          data-action="confirm-unpublish"
        >
          {t('articles.confirmUnpublish')}
        </button>
        <button
          type="button"
          onClick={() => setAsking(false)}
          className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100"
          data-action="cancel-unpublish"
        >
          {t('articles.cancel')}
        </button>
      </div>
      <span role="status" className="sr-only">
        {announced}
      </span>
    </form>
  );
}
