'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { deleteTranslationAction, type DeleteTranslationState } from '@/app/[locale]/admin/translation-actions';

/** Deletes one translation; its text stays in the audit log. */
export function DeleteTranslationButton({
  articleId,
  language,
  languageLabel,
}: {
  articleId: string;
  language: string;
  languageLabel: string;
}) {
  const t = useTranslations('Translations.admin');
  const [state, action, pending] = useActionState<DeleteTranslationState, FormData>(deleteTranslationAction, { status: 'idle' });
  const message = state.status === 'not-found' ? t('notFound') : state.status === 'unauthorised' ? t('unauthorised') : null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="language" value={language} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50 disabled:opacity-60"
        data-testid="delete-translation"
      >
        {t('delete', { language: languageLabel })}
      </button>
      <span className="text-xs text-stone-600">{t('deleteHint')}</span>
      <span role="status" className="text-sm text-red-800">
        {message}
      </span>
    </form>
  );
}
