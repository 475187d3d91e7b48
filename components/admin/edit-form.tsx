'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useMemo } from 'react';
import { updateArticleAction, type EditState } from '@/app/[locale]/admin/actions';
import type { EditableMetadata } from '@/lib/articles/edit';
import { formValuesOf } from '@/lib/articles/metadata-schema';
import { focusField, MetadataFields } from './metadata-fields';

export function EditForm({ id, values }: { id: string; values: EditableMetadata }) {
  const t = useTranslations('Admin.edit');
  const [state, action, pending] = useActionState<EditState, FormData>(updateArticleAction, { status: 'idle' });
  const stored = useMemo(() => formValuesOf(values), [values]);
  const invalid = state.status === 'invalid' ? state : null;
  const message =
    state.status === 'updated'
      ? t('updated')
      : state.status === 'unchanged'
        ? t('unchanged')
        : state.status === 'invalid'
          ? t('invalid')
          : state.status === 'not-found'
            ? t('notFound')
            : state.status === 'unauthorised'
              ? t('unauthorised')
              : null;
  const good = state.status === 'updated' || state.status === 'unchanged';
  // React resets a form after its action; the fields are drawn afresh from what was typed (after
  // a refusal) or from what is stored (after a save), and the admin is taken to the first error.
  const fieldsKey = invalid ? `attempt-${invalid.attempt}` : `stored-${JSON.stringify(stored)}`;
  useEffect(() => {
    if (invalid?.errors[0]) focusField('edit', invalid.errors[0].field);
  }, [invalid]);
  return (
    <form action={action} className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <input type="hidden" name="id" value={id} />
      <MetadataFields key={fieldsKey} prefix="edit" values={invalid ? invalid.values : stored} errors={invalid?.errors} />
      <div role="status" aria-live="polite" data-testid="edit-result" data-state={state.status}>
        {message && (
          <p
            className={`rounded border p-2 ${good ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'}`}
          >
            {message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
      >
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
