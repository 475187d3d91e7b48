'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { attachTranslationAction, type AttachTranslationState } from '@/app/[locale]/admin/translation-actions';
import { TRANSLATION_MAX_BYTES } from '@/lib/translations/limits';

const input = 'w-full rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-600';

/** Attach a translation: its language, and its text pasted or as a .txt/.html file. */
export function AttachTranslationForm({ articleId, suggestions }: { articleId: string; suggestions: { tag: string; label: string }[] }) {
  const t = useTranslations('Translations.admin');
  const [state, action, pending] = useActionState<AttachTranslationState, FormData>(attachTranslationAction, { status: 'idle' });
  const [tooLarge, setTooLarge] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const invalid = (name: string) =>
    (state.status === 'refused' && state.fields?.includes(name)) || (name === 'file' && tooLarge) || undefined;
  // Sent by hand rather than through the form's action prop, which would empty the fields after a
  // refusal too: the admin keeps the pasted text to correct. The size is checked before sending,
  // as a larger body would be cut off by the server before the action runs.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    const large = file instanceof File && file.size > TRANSLATION_MAX_BYTES;
    setTooLarge(large);
    if (!large) startTransition(() => action(data));
  };
  useEffect(() => {
    if (state.status === 'attached') formRef.current?.reset();
  }, [state]);
  const message = tooLarge
    ? t('refused.tooLarge', { kb: TRANSLATION_MAX_BYTES / 1024 })
    : state.status === 'attached'
      ? t('attached', { count: state.paragraphs })
      : state.status === 'refused'
        ? t(`refused.${state.code}`)
        : state.status === 'unauthorised'
          ? t('unauthorised')
          : null;
  const good = state.status === 'attached' && !tooLarge;
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
      data-testid="attach-translation"
    >
      <h3 className="text-lg font-semibold">{t('attachHeading')}</h3>
      <input type="hidden" name="articleId" value={articleId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="translation-language" className="mb-0.5 block text-sm font-medium">
            {t('language')}
          </label>
          <input
            id="translation-language"
            name="language"
            list="translation-languages"
            dir="ltr"
            required
            maxLength={35}
            aria-describedby="translation-language-hint"
            aria-invalid={invalid('language')}
            className={input}
          />
          <datalist id="translation-languages">
            {suggestions.map(({ tag, label }) => (
              <option key={tag} value={tag}>
                {label}
              </option>
            ))}
          </datalist>
          <p id="translation-language-hint" className="mt-0.5 text-xs text-stone-600">
            {t('languageHint')}
          </p>
        </div>
        <div>
          <label htmlFor="translation-title" className="mb-0.5 block text-sm font-medium">
            {t('title')}
          </label>
          <input
            id="translation-title"
            name="title"
            dir="auto"
            maxLength={500}
            aria-describedby="translation-title-hint"
            aria-invalid={invalid('title')}
            className={input}
          />
          <p id="translation-title-hint" className="mt-0.5 text-xs text-stone-600">
            {t('titleHint')}
          </p>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="translation-note" className="mb-0.5 block text-sm font-medium">
            {t('note')}
          </label>
          <input id="translation-note" name="note" dir="auto" maxLength={1000} aria-invalid={invalid('note')} className={input} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="translation-text" className="mb-0.5 block text-sm font-medium">
            {t('text')}
          </label>
          <textarea
            id="translation-text"
            name="text"
            dir="auto"
            rows={8}
            aria-describedby="translation-text-hint"
            aria-invalid={invalid('text')}
            className={input}
          />
          <p id="translation-text-hint" className="mt-0.5 text-xs text-stone-600">
            {t('textHint')}
          </p>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="translation-file" className="mb-0.5 block text-sm font-medium">
            {t('file')}
          </label>
          <input
            id="translation-file"
            name="file"
            type="file"
            accept=".txt,.text,.html,.htm,text/plain,text/html"
            aria-invalid={invalid('file')}
            aria-describedby="translation-file-hint"
          />
          <p id="translation-file-hint" className="mt-0.5 text-xs text-stone-600">
            {t('fileHint', { kb: TRANSLATION_MAX_BYTES / 1024 })}
          </p>
        </div>
      </div>
      <div role="status" aria-live="polite" data-testid="attach-result" data-state={tooLarge ? 'refused' : state.status}>
        {message && (
          <div
            className={`rounded border p-2 ${good ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'}`}
          >
            <p>{message}</p>
            {state.status === 'refused' && state.detail && !tooLarge && (
              <p lang="en" dir="ltr" className="mt-1 text-sm">
                {state.detail}
              </p>
            )}
          </div>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
      >
        {pending ? t('attaching') : t('attach')}
      </button>
    </form>
  );
}
