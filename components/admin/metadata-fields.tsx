'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EditableMetadata } from '@/lib/articles/edit';

const input = 'w-full rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-600';

/** Fields the ingester read with low confidence, each with how sure it was, as shown ("41%"). */
export type UnsureFields = Partial<Record<'title' | 'language' | 'publishedAt' | 'countryPair', string>>;

/**
 * The editable metadata of one article, as named form fields (read on the server by
 * metadataFromForm). Values from the article are typed in the article's own direction. Fields
 * in `unsure` say so under their label, in words, and are described by it.
 */
export function MetadataFields({ prefix, values, invalid = [], unsure = {} }: { prefix: string; values: EditableMetadata; invalid?: string[]; unsure?: UnsureFields }) {
  const t = useTranslations('Admin.fields');
  const own = { lang: values.language, dir: values.direction } as const;
  const id = (name: string) => `${prefix}-${name}`;
  const bad = (...names: string[]) => names.some((name) => invalid.includes(name));
  const unsureNote = (name: keyof UnsureFields) =>
    unsure[name] && (
      <p id={id(`${name}-unsure`)} className="mb-0.5 flex items-center gap-1 text-sm text-amber-950" data-testid="unsure" data-field={name}>
        <span aria-hidden="true">⚠</span>
        {t('unsure', { value: unsure[name] })}
      </p>
    );
  const field = (name: string, label: string, control: ReactNode, checkedAs: string[] = [name], hint?: string) => (
    <div>
      <label htmlFor={id(name)} className="mb-0.5 block text-sm font-medium">
        {label}
      </label>
      {name in unsure && unsureNote(name as keyof UnsureFields)}
      {control}
      {hint && (
        <p id={id(`${name}-hint`)} className="mt-0.5 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {bad(...checkedAs) && (
        <p id={id(`${name}-error`)} className="mt-0.5 text-sm text-red-700">
          {t('invalid')}
        </p>
      )}
    </div>
  );
  const describe = (name: string, hint = false, checkedAs: string[] = [name]) =>
    [
      ...[name, ...checkedAs].filter((field, index, all): field is keyof UnsureFields => field in unsure && all.indexOf(field) === index).map((field) => id(`${field}-unsure`)),
      hint && id(`${name}-hint`),
      bad(...checkedAs) && id(`${name}-error`),
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const a11y = (name: string, hint = false, checkedAs: string[] = [name]) => ({
    id: id(name),
    name,
    'aria-invalid': bad(...checkedAs) || undefined,
    'aria-describedby': describe(name, hint, checkedAs),
  });
  const noDate = !values.publishedAt;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        {field('title', t('title'), <input {...a11y('title')} {...own} defaultValue={values.title} required className={input} />)}
      </div>
      {field('language', t('language'), <input {...a11y('language')} dir="ltr" defaultValue={values.language} required className={input} />)}
      {field(
        'direction',
        t('direction'),
        <select {...a11y('direction')} defaultValue={values.direction} className={input}>
          <option value="ltr">{t('ltr')}</option>
          <option value="rtl">{t('rtl')}</option>
        </select>,
      )}
      {field('dateText', t('dateText'), <input {...a11y('dateText')} {...own} defaultValue={values.dateText ?? ''} className={input} />)}
      {field(
        'publishedAt',
        t('date'),
        <input
          {...a11y('publishedAt', true)}
          dir="ltr"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          pattern="\d{4}-\d{2}-\d{2}"
          defaultValue={values.publishedAt ?? ''}
          className={input}
        />,
        ['publishedAt'],
        noDate ? `${t('dateFormat')} ${t('noDateHint')}` : t('dateFormat'),
      )}
      {field(
        'datePrecision',
        t('precision'),
        <select {...a11y('datePrecision')} defaultValue={values.datePrecision ?? 'day'} className={input}>
          <option value="day">{t('precisionDay')}</option>
          <option value="month">{t('precisionMonth')}</option>
          <option value="year">{t('precisionYear')}</option>
        </select>,
      )}
      {field('source', t('source'), <input {...a11y('source')} {...own} defaultValue={values.source ?? ''} className={input} />)}
      {field('author', t('author'), <input {...a11y('author')} {...own} defaultValue={values.author ?? ''} className={input} />)}
      <fieldset className="sm:col-span-2">
        <legend className="mb-0.5 text-sm font-medium">{t('pair')}</legend>
        {unsureNote('countryPair')}
        <div className="grid gap-3 sm:grid-cols-2">
          {field(
            'pairA',
            t('pairA'),
            <input {...a11y('pairA', false, ['countryPair'])} dir="ltr" maxLength={2} defaultValue={values.countryPair?.[0] ?? ''} className={`${input} uppercase`} />,
            ['countryPair'],
          )}
          {field(
            'pairB',
            t('pairB'),
            <input {...a11y('pairB', false, ['countryPair'])} dir="ltr" maxLength={2} defaultValue={values.countryPair?.[1] ?? ''} className={`${input} uppercase`} />,
            ['countryPair'],
          )}
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        {field(
          'countries',
          t('countries'),
          <input {...a11y('countries', false, ['countriesMentioned'])} dir="ltr" defaultValue={values.countriesMentioned.join(' ')} className={`${input} uppercase`} />,
          ['countriesMentioned'],
        )}
      </div>
    </div>
  );
}
