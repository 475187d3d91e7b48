'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setStatusAction, type StatusState } from '@/app/[locale]/admin/actions';

/** Unpublish or publish again; the new state is announced where the button was. */
export function StatusButton({ id, status, title }: { id: string; status: 'published' | 'unpublished'; title: string }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState<StatusState, FormData>((_previous, form) => setStatusAction(form), { status: 'idle' });
  const target = status === 'published' ? 'unpublished' : 'published';
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={target} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${t(target === 'unpublished' ? 'articles.unpublish' : 'articles.republish')}: ${title}`}
        className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-50"
        data-action={target === 'unpublished' ? 'unpublish' : 'republish'}
      >
        {t(target === 'unpublished' ? 'articles.unpublish' : 'articles.republish')}
      </button>
      <span role="status" className="sr-only">
        {state.status === 'unauthorised' ? t('edit.unauthorised') : ''}
      </span>
    </form>
  );
}
