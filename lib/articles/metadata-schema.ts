/**
 * What an admin may type into the metadata form, how it is checked, and what is wrong with it in
 * the field's own terms. No database here: the upload form's client code imports it too.
 */
import * as z from 'zod';
import { DatePrecision, TextDirection } from '../db/generated/enums';
import { ISO_COUNTRY_CODES } from '../ingest/data/country-codes';
import type { EditableMetadata } from './edit';

// Bidi overrides/isolates (Trojan Source) never belong in metadata; ZWNJ/ZWJ do (Persian shaping).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

// Messages stay English for API clients; `params.key` names the sentence the admin forms show.
const cleanText = (max: number) =>
  z
    .string()
    .max(max * 4)
    // PostgreSQL refuses NUL in text; other control characters have no place in metadata either.
    .regex(CONTROL_CHARACTERS, 'contains control characters')
    .transform((value) => value.replace(BIDI_CONTROLS, '').normalize('NFC').trim())
    .pipe(z.string().max(max));
const optionalText = (max: number) =>
  cleanText(max)
    .nullable()
    .transform((value) => (value ? value : null));

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// CLDR names these too, but they are not countries: unions, pseudo-locales, "unknown region".
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);
const isCountry = (code: string) => /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;

/** The countries the pickers offer: the ones the ingester's gazetteer knows. */
export const COUNTRY_CODES: readonly string[] = ISO_COUNTRY_CODES.filter(isCountry);

/**
 * The language tags the ingester produces (lib/ingest/language.ts), which the language picker
 * offers. `und` is what it says when it cannot tell; it is shown, but never saved.
 */
export const PICKER_LANGUAGES = ['ar', 'en', 'fa', 'fa-AF', 'fa-IR', 'ps', 'ur', 'vi'] as const;
export const UNKNOWN_LANGUAGE = 'und';

const countryCode = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .refine(isCountry, { message: 'not an ISO 3166-1 alpha-2 country code', params: { key: 'notCountry' } });

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What an admin may correct, before publishing or later. Every field is optional: absent = keep. */
export const metadataSchema = z
  .object({
    title: cleanText(500).pipe(z.string().min(1)),
    language: z
      .string()
      .trim()
      .regex(/^(?:[a-z]{2,3}|und)(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as ar, fa-AF or vi')
      .refine((tag) => tag !== UNKNOWN_LANGUAGE, {
        message: 'the language is unknown (und): choose one',
        params: { key: 'languageUnknown' },
      }),
    direction: z.enum(TextDirection),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'written as YYYY-MM-DD')
      .refine(isCalendarDate, { message: 'not a calendar date', params: { key: 'notDate' } })
      .nullable(),
    datePrecision: z.enum(DatePrecision).nullable(),
    dateText: optionalText(200),
    source: optionalText(300),
    author: optionalText(300),
    countryPair: z
      .tuple([countryCode, countryCode])
      .refine(([a, b]) => a !== b, { message: 'a pair needs two different countries', params: { key: 'samePair' } })
      .transform(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string])
      .nullable(),
    countriesMentioned: z
      .array(countryCode)
      .max(250)
      .transform((codes) => [...new Set(codes)].sort()),
  })
  .partial()
  .strict();

export type MetadataInput = z.input<typeof metadataSchema>;
export type MetadataPatch = z.output<typeof metadataSchema>;

/** The names of the metadata form's fields, which `metadataFromForm` reads. */
export const METADATA_FORM_FIELDS = [
  'title',
  'language',
  'direction',
  'publishedAt',
  'datePrecision',
  'dateText',
  'source',
  'author',
  'pairA',
  'pairB',
  'countries',
] as const;
export type MetadataFormField = (typeof METADATA_FORM_FIELDS)[number];

/** The form's fields as typed: what the form shows again after an error. */
export interface MetadataFormValues {
  title: string;
  language: string;
  direction: string;
  publishedAt: string;
  datePrecision: string;
  dateText: string;
  source: string;
  author: string;
  pairA: string;
  pairB: string;
  countries: string[];
}

type FormLike = { get(name: string): unknown; getAll?(name: string): unknown[] };

const COUNTRY_SEPARATORS = /[\s,;،]+/;

/** Every value sent for the countries field: one per ticked box, or a list typed in one value. */
function countryValues(form: FormLike): string[] | undefined {
  const values = (form.getAll ? form.getAll('countries') : [form.get('countries')]).filter(
    (value): value is string => typeof value === 'string',
  );
  if (values.length === 0) return undefined;
  return values.flatMap((value) => value.split(COUNTRY_SEPARATORS)).filter(Boolean);
}

/**
 * The metadata form's fields (components/admin/metadata-fields.tsx) in the shape metadataSchema
 * checks. A blank optional field means "none"; a field not sent at all means "keep".
 */
export function metadataFromForm(form: FormLike) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const orNull = (value: string | undefined) => (value === undefined ? undefined : value.trim() === '' ? null : value);
  const pairA = text('pairA');
  const pairB = text('pairB');
  const publishedAt = orNull(text('publishedAt'));
  const blankPair = (pairA ?? '').trim() === '' && (pairB ?? '').trim() === '';
  return {
    title: text('title'),
    language: text('language'),
    direction: text('direction'),
    publishedAt,
    datePrecision: publishedAt === undefined ? undefined : publishedAt === null ? null : (orNull(text('datePrecision')) ?? 'day'),
    dateText: orNull(text('dateText')),
    source: orNull(text('source')),
    author: orNull(text('author')),
    countryPair: pairA === undefined && pairB === undefined ? undefined : blankPair ? null : [pairA ?? '', pairB ?? ''],
    countriesMentioned: countryValues(form),
  };
}

/** The form's fields exactly as submitted, so a form refused by the server can show them again. */
export function formValuesFromForm(form: FormLike, fallback: MetadataFormValues): MetadataFormValues {
  const text = (name: keyof MetadataFormValues) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : (fallback[name] as string);
  };
  return {
    title: text('title'),
    language: text('language'),
    direction: text('direction'),
    publishedAt: text('publishedAt'),
    datePrecision: text('datePrecision'),
    dateText: text('dateText'),
    source: text('source'),
    author: text('author'),
    pairA: text('pairA'),
    pairB: text('pairB'),
    countries: countryValues(form) ?? fallback.countries,
  };
}

/** Messages under Admin.fields.errors. */
export type FieldErrorKey =
  | 'required'
  | 'tooLong'
  | 'controlCharacters'
  | 'language'
  | 'languageUnknown'
  | 'dateFormat'
  | 'notDate'
  | 'choice'
  | 'notCountry'
  | 'pairIncomplete'
  | 'samePair'
  | 'tooMany'
  | 'invalid';

/** What is wrong with one form field, as a message key and its parameters. */
export interface FieldError {
  field: MetadataFormField;
  key: FieldErrorKey;
  values: Record<string, string | number>;
}

const FORM_FIELD: Partial<Record<string, MetadataFormField>> = { countriesMentioned: 'countries' };

function errorOf(issue: z.core.$ZodIssue, input: ReturnType<typeof metadataFromForm>): FieldError | null {
  const [name, index] = issue.path;
  if (typeof name !== 'string') return null;
  const key = issue.code === 'custom' ? (issue.params?.key as FieldErrorKey | undefined) : undefined;
  if (name === 'countryPair') {
    if (typeof index !== 'number') return { field: 'pairB', key: key ?? 'invalid', values: {} };
    const code = String(input.countryPair?.[index] ?? '').trim();
    return { field: index === 0 ? 'pairA' : 'pairB', key: code === '' ? 'pairIncomplete' : 'notCountry', values: { code } };
  }
  if (name === 'countriesMentioned') {
    if (typeof index === 'number')
      return { field: 'countries', key: 'notCountry', values: { code: String(input.countriesMentioned?.[index] ?? '').trim() } };
    if (issue.code === 'too_big') return { field: 'countries', key: 'tooMany', values: { max: Number(issue.maximum) } };
  }
  const mapped = FORM_FIELD[name] ?? name;
  if (!(METADATA_FORM_FIELDS as readonly string[]).includes(mapped)) return null;
  const field = mapped as MetadataFormField;
  if (key) return { field, key, values: key === 'notDate' ? { value: String(input.publishedAt ?? '') } : {} };
  if (issue.code === 'too_small') return { field, key: 'required', values: {} };
  if (issue.code === 'too_big') return { field, key: 'tooLong', values: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_value') return { field, key: 'choice', values: {} };
  if (issue.code === 'invalid_format') {
    if (field === 'language') return { field, key: 'language', values: {} };
    if (field === 'publishedAt') return { field, key: 'dateFormat', values: {} };
    return { field, key: 'controlCharacters', values: {} };
  }
  return { field, key: 'invalid', values: {} };
}

/**
 * Checks the form's fields: the patch to apply, or what is wrong, field by field in the form's
 * order (the first one is where the admin is taken), one message per field.
 */
export function checkMetadataForm(form: FormLike): { ok: true; patch: MetadataPatch } | { ok: false; errors: FieldError[] } {
  const input = metadataFromForm(form);
  const parsed = metadataSchema.safeParse(input);
  if (parsed.success) return { ok: true, patch: parsed.data };
  const errors = new Map<MetadataFormField, FieldError>();
  for (const issue of parsed.error.issues) {
    const error = errorOf(issue, input);
    if (error && !errors.has(error.field)) errors.set(error.field, error);
  }
  const ordered = METADATA_FORM_FIELDS.flatMap((field) => errors.get(field) ?? []);
  return { ok: false, errors: ordered.length > 0 ? ordered : [{ field: 'title', key: 'invalid', values: {} }] };
}

/** Stored or previewed metadata as the form's fields show it. */
export function formValuesOf(metadata: EditableMetadata): MetadataFormValues {
  return {
    title: metadata.title,
    language: metadata.language,
    direction: metadata.direction,
    publishedAt: metadata.publishedAt ?? '',
    datePrecision: metadata.datePrecision ?? 'day',
    dateText: metadata.dateText ?? '',
    source: metadata.source ?? '',
    author: metadata.author ?? '',
    pairA: metadata.countryPair?.[0] ?? '',
    pairB: metadata.countryPair?.[1] ?? '',
    countries: metadata.countriesMentioned,
  };
}
