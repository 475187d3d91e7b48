'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { realignTranslationAction, type RealignState } from '@/app/[locale]/admin/translation-actions';
import { alignmentProblem, defaultAlignment, type AlignmentProblem } from '@/lib/translations/alignment';

interface Text {
  lang: string;
  dir: 'ltr' | 'rtl';
  paragraphs: string[];
}

const excerpt = (text: string, length = 70) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

/**
 * Per translation paragraph, the original paragraph it sits beside on the article page. The
 * choice is checked as it is made (the same check the server repeats) and saved as a whole.
 */
export function AlignmentForm({
  articleId,
  language,
  original,
  translation,
  alignment,
}: {
  articleId: string;
  language: string;
  original: Text;
  translation: Text;
  alignment: number[];
}) {
  const t = useTranslations('Translations.admin');
  const [state, action, pending] = useActionState<RealignState, FormData>(realignTranslationAction, { status: 'idle' });
  const [chosen, setChosen] = useState(alignment);
  const local = alignmentProblem(chosen, translation.paragraphs.length, original.paragraphs.length);
  const describe = (problem: AlignmentProblem | null) => {
    if (!problem || problem.kind === 'length') return t('problems.stale');
    if (problem.kind === 'range')
      return t('problems.range', { paragraph: problem.paragraph + 1, value: problem.value + 1, count: problem.originalCount });
    return t('problems.order', { paragraph: problem.paragraph + 1, value: problem.value + 1, previous: problem.previous + 1 });
  };
  const result =
    state.status === 'realigned'
      ? t('realigned')
      : state.status === 'unchanged'
        ? t('unchanged')
        : state.status === 'invalid'
          ? describe(state.problem)
          : state.status === 'not-found'
            ? t('notFound')
            : state.status === 'unauthorised'
              ? t('unauthorised')
              : null;
  const good = state.status === 'realigned' || state.status === 'unchanged';
  const id = (index: number) => `align-${language}-${index + 1}`;
  // Sent by hand: the form's action prop would reset the selects to their first option after
  // each submission while the chosen alignment stays in state, and the next save would send that.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form onSubmit={submit} className="space-y-3" data-testid="alignment-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="language" value={language} />
      <p className="text-sm text-stone-700">{t('alignIntro')}</p>
      <ol className="divide-y divide-stone-200 rounded border border-stone-200">
        {translation.paragraphs.map((paragraph, index) => (
          <li key={index} className="grid gap-2 p-2 md:grid-cols-[1fr_16rem]" data-testid="alignment-row">
            <p lang={translation.lang} dir={translation.dir} className="text-sm">
              <span className="font-medium">{index + 1}. </span>
              {excerpt(paragraph, 200)}
            </p>
            <div>
              <label htmlFor={id(index)} className="block text-xs font-medium text-stone-700">
                {t('besideLabel', { number: index + 1 })}
              </label>
              <select
                id={id(index)}
                name="alignment"
                value={chosen[index]}
                onChange={(event) => setChosen(chosen.map((value, i) => (i === index ? Number(event.target.value) : value)))}
                aria-invalid={local?.kind !== 'length' && local?.paragraph === index ? true : undefined}
                className="w-full rounded border border-stone-400 bg-white px-1 py-0.5 text-sm aria-[invalid=true]:border-red-600"
              >
                {original.paragraphs.map((_, o) => (
                  <option key={o} value={o}>
                    {t('originalOption', { number: o + 1 })}
                  </option>
                ))}
              </select>
              <p lang={original.lang} dir={original.dir} className="mt-1 text-xs text-stone-600" data-testid="beside-preview">
                {excerpt(original.paragraphs[chosen[index] ?? 0] ?? '')}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {local && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-900" data-testid="alignment-warning">
          {describe(local)}
        </p>
      )}
      <div role="status" aria-live="polite" data-testid="realign-result" data-state={state.status}>
        {result && (
          <p
            className={`rounded border p-2 ${good ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'}`}
          >
            {result}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
        >
          {pending ? t('saving') : t('saveAlignment')}
        </button>
        <button
          type="button"
          onClick={() => setChosen(defaultAlignment(translation.paragraphs.length, original.paragraphs.length))}
          className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
        >
          {t('resetAlignment')}
        </button>
      </div>
    </form>
  );
}
