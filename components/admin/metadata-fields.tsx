'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo, useMemo, useState, type ReactNode } from 'react';
import {
  COUNTRY_CODES,
  PICKER_LANGUAGES,
  UNKNOWN_LANGUAGE,
  type FieldError,
  type MetadataFormValues,
} from '@/lib/articles/metadata-schema';

const input = 'w-full rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-600';

/** Fields the ingester read with low confidence, each with how sure it was, as shown ("41%"). */
export type UnsureFields = Partial<Record<'title' | 'language' | 'publishedAt' | 'countryPair', string>>;

type Named = { code: string; name: string };

/**
 * Country and language names in the admin's language (CLDR, through Intl.DisplayNames), sorted
 * by name. A value outside the lists (typed through the API, or declared by a page) is kept as
 * a choice of its own, so that nothing the form shows again is lost.
 */
function usePickerNames(values: MetadataFormValues) {
  const locale = useLocale();
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    const collator = new Intl.Collator(locale);
    const name = (names: Intl.DisplayNames, code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
    const byName = (a: Named, b: Named) => collator.compare(a.name, b.name);
    const list = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
    const countries = COUNTRY_CODES.map((code) => ({ code, name: name(regions, code) })).sort(byName);
    const known = new Set<string>(COUNTRY_CODES);
    const otherCodes = [values.pairA, values.pairB, ...values.countries]
      .map((code) => code.trim().toUpperCase())
      .filter((code) => code !== '' && !known.has(code));
    const languageTags: string[] = [...PICKER_LANGUAGES];
    if (values.language !== UNKNOWN_LANGUAGE && !languageTags.includes(values.language)) languageTags.push(values.language);
    return {
      countries,
      otherCountries: [...new Set(otherCodes)],
      region: (code: string) => name(regions, code),
      list: (items: string[]) => list.format(items.sort(collator.compare)),
      languages: languageTags.map((code) => ({ code, name: name(languages, code) })).sort(byName),
    };
  }, [locale, values.pairA, values.pairB, values.countries, values.language]);
}

type FieldsProps = {
  prefix: string;
  values: MetadataFormValues;
  errors?: FieldError[];
  unsure?: UnsureFields;
  joinCountries?: boolean;
};

/**
 * The editable metadata of one article, as named form fields (read on the server by
 * metadataFromForm): countries and language are chosen from named lists in the admin's language.
 * Values from the article are typed in the article's own direction. Fields in `unsure` say so
 * under their label, in words; a field in `errors` says what is wrong with it.
 *
 * Countries mentioned are ticked boxes named `countries`, which a plain form posts one by one;
 * with `joinCountries` they are posted as one space-separated value instead (the upload
 * endpoint takes each field once).
 */
function Fields({ prefix, values, errors = [], unsure = {}, joinCountries = false }: FieldsProps) {
  const t = useTranslations('Admin.fields');
  const names = usePickerNames(values);
  const [chosen, setChosen] = useState(() => new Set(values.countries.map((code) => code.trim().toUpperCase())));
  const [filter, setFilter] = useState('');
  const direction = values.direction === 'rtl' || values.direction === 'ltr' ? values.direction : undefined;
  const own = { lang: values.language, dir: direction } as const;
  const id = (name: string) => `${prefix}-${name}`;
  const errorOf = (name: string) => errors.find((error) => error.field === name);
  const errorText = (error: FieldError) => t(`errors.${error.key}`, error.values);
  const isUnsure = (name: string): name is keyof UnsureFields => name in unsure;
  const unsureNote = (name: string) =>
    isUnsure(name) &&
    unsure[name] && (
      <p id={id(`${name}-unsure`)} className="mb-0.5 flex items-center gap-1 text-sm text-amber-950" data-testid="unsure" data-field={name}>
        <span aria-hidden="true">⚠</span>
        {t('unsure', { value: unsure[name] })}
      </p>
    );
  const errorNote = (name: string) => {
    const error = errorOf(name);
    return (
      error && (
        <p id={id(`${name}-error`)} className="mt-0.5 text-sm text-red-700" data-testid="field-error" data-field={name}>
          {errorText(error)}
        </p>
      )
    );
  };
  const field = (name: string, label: string, control: ReactNode, hint?: string) => (
    <div>
      <label htmlFor={id(name)} className="mb-0.5 block text-sm font-medium">
        {label}
      </label>
      {unsureNote(name)}
      {control}
      {hint && (
        <p id={id(`${name}-hint`)} className="mt-0.5 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {errorNote(name)}
    </div>
  );
  const describe = (name: string, { hint = false, unsureAs = name }: { hint?: boolean; unsureAs?: string } = {}) =>
    [unsureAs in unsure && id(`${unsureAs}-unsure`), hint && id(`${name}-hint`), errorOf(name) && id(`${name}-error`)]
      .filter(Boolean)
      .join(' ') || undefined;
  const a11y = (name: string, options?: { hint?: boolean; unsureAs?: string }) => ({
    id: id(name),
    name,
    'aria-invalid': errorOf(name) ? true : undefined,
    'aria-describedby': describe(name, options),
  });
  const countryOptions = (
    <>
      <option value="">{t('noCountry')}</option>
      {names.otherCountries.map((code) => (
        <option key={code} value={code}>
          {t('unknownCode', { code })}
        </option>
      ))}
      {names.countries.map(({ code, name }) => (
        // Server and browser may hold different CLDR versions; the server's name is kept.
        <option key={code} value={code} suppressHydrationWarning>
          {name}
        </option>
      ))}
    </>
  );
  const toggle = (code: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  const needle = filter.trim().toLocaleLowerCase();
  const shown = (entry: Named) => needle === '' || entry.name.toLocaleLowerCase().includes(needle) || entry.code.toLowerCase() === needle;
  const countriesError = errorOf('countries');
  const countryBox = (entry: Named, invalid: boolean, first: boolean) => (
    <li key={entry.code} hidden={!shown(entry) && !invalid}>
      <label className="flex items-center gap-2 px-1 py-0.5 hover:bg-stone-100">
        <input
          type="checkbox"
          // The filter box is the field's own target; an unknown code ticked is where an error takes the admin.
          id={invalid && first ? id('countries') : undefined}
          name={joinCountries ? undefined : 'countries'}
          value={entry.code}
          defaultChecked={chosen.has(entry.code)}
          onChange={(event) => toggle(entry.code, event.target.checked)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid && countriesError ? id('countries-error') : undefined}
        />
        <span suppressHydrationWarning>{entry.name}</span>
      </label>
    </li>
  );
  const chosenNames = names.list([...chosen].map((code) => names.region(code)));
  const noDate = !values.publishedAt;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        {field('title', t('title'), <input {...a11y('title')} {...own} defaultValue={values.title} required className={input} />)}
      </div>
      {field(
        'language',
        t('language'),
        <select {...a11y('language')} defaultValue={values.language} required className={input}>
          {values.language === UNKNOWN_LANGUAGE && <option value={UNKNOWN_LANGUAGE}>{t('languageUnknown')}</option>}
          {names.languages.map(({ code, name }) => (
            <option key={code} value={code} suppressHydrationWarning>
              {`${name} (${code})`}
            </option>
          ))}
        </select>,
      )}
      {field(
        'direction',
        t('direction'),
        <select {...a11y('direction')} defaultValue={values.direction} className={input}>
          <option value="ltr">{t('ltr')}</option>
          <option value="rtl">{t('rtl')}</option>
        </select>,
      )}
      {field('dateText', t('dateText'), <input {...a11y('dateText')} {...own} defaultValue={values.dateText} className={input} />)}
      {field(
        'publishedAt',
        t('date'),
        <input
          {...a11y('publishedAt', { hint: true })}
          dir="ltr"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          pattern="\d{4}-\d{2}-\d{2}"
          defaultValue={values.publishedAt}
          className={input}
        />,
        noDate ? `${t('dateFormat')} ${t('noDateHint')}` : t('dateFormat'),
      )}
      {field(
        'datePrecision',
        t('precision'),
        <select {...a11y('datePrecision')} defaultValue={values.datePrecision || 'day'} className={input}>
          <option value="day">{t('precisionDay')}</option>
          <option value="month">{t('precisionMonth')}</option>
          <option value="year">{t('precisionYear')}</option>
        </select>,
      )}
      {field('source', t('source'), <input {...a11y('source')} {...own} defaultValue={values.source} className={input} />)}
      {field('author', t('author'), <input {...a11y('author')} {...own} defaultValue={values.author} className={input} />)}
      <fieldset className="sm:col-span-2">
        <legend className="mb-0.5 text-sm font-medium">{t('pair')}</legend>
        {unsureNote('countryPair')}
        <div className="grid gap-3 sm:grid-cols-2">
          {field(
            'pairA',
            t('pairA'),
            <select {...a11y('pairA', { unsureAs: 'countryPair' })} defaultValue={values.pairA.trim().toUpperCase()} className={input}>
              {countryOptions}
            </select>,
          )}
          {field(
            'pairB',
            t('pairB'),
            <select {...a11y('pairB', { unsureAs: 'countryPair' })} defaultValue={values.pairB.trim().toUpperCase()} className={input}>
              {countryOptions}
            </select>,
          )}
        </div>
      </fieldset>
      <fieldset
        className="sm:col-span-2"
        aria-describedby={countriesError ? id('countries-error') : undefined}
        data-testid="countries-field"
      >
        <legend className="mb-0.5 text-sm font-medium">{t('countries')}</legend>
        {joinCountries ? (
          <input type="hidden" name="countries" value={[...chosen].join(' ')} />
        ) : (
          // Sent even when no box is ticked, so that "none" is told apart from "not in this form".
          <input type="hidden" name="countries" value="" />
        )}
        <p className="mb-1 text-sm text-stone-700" data-testid="countries-chosen">
          {t('countriesChosen', { count: chosen.size })} {chosenNames}
        </p>
        <label htmlFor={id('countries-filter')} className="mb-0.5 block text-sm">
          {t('countriesFilter')}
        </label>
        <input
          id={id('countries-filter')}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            // Enter in the filter must not submit (or publish) the form.
            if (event.key === 'Enter') event.preventDefault();
          }}
          className={`${input} mb-1`}
          aria-controls={id('countries-list')}
        />
        <ul id={id('countries-list')} className="max-h-48 overflow-y-auto rounded border border-stone-300 p-1 text-sm sm:columns-2">
          {names.otherCountries
            .filter((code) => chosen.has(code))
            .map((code, index) => countryBox({ code, name: t('unknownCode', { code }) }, true, index === 0))}
          {names.countries.map((entry) => countryBox(entry, false, false))}
        </ul>
        {errorNote('countries')}
      </fieldset>
    </div>
  );
}

// Hundreds of named choices per form: the upload list redraws on every progress event, and
// these fields only when what they show has changed.
const sameFields = (a: FieldsProps, b: FieldsProps) =>
  a.prefix === b.prefix &&
  a.values === b.values &&
  a.joinCountries === b.joinCountries &&
  JSON.stringify(a.errors ?? []) === JSON.stringify(b.errors ?? []) &&
  JSON.stringify(a.unsure ?? {}) === JSON.stringify(b.unsure ?? {});

export const MetadataFields = memo(Fields, sameFields);

/** Takes the admin to a field of MetadataFields (the filter box stands for the countries list). */
export function focusField(prefix: string, field: string): void {
  const target = document.getElementById(`${prefix}-${field}`) ?? document.getElementById(`${prefix}-${field}-filter`);
  target?.focus();
}
