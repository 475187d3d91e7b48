'use client';

import { useLocale, useTranslations, type Messages } from 'next-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { checkMetadataForm, formValuesOf, type FieldError, type MetadataFormField } from '@/lib/articles/metadata-schema';
import type { ExistingArticle, PreviewView, RefusalReason } from '@/lib/articles/publish';
import { Link } from '@/lib/i18n/navigation';
import { ConfidenceList, usePercent } from './confidence';
import { DeclaredChoices } from './declared-choices';
import { focusField, MetadataFields, type UnsureFields } from './metadata-fields';
import { lowConfidence, withoutBody } from './upload-rules';

export type ItemStatus =
  'queued' | 'reading' | 'ready' | 'near-duplicate' | 'refused' | 'duplicate' | 'publishing' | 'published' | 'failed';

export interface Item {
  key: string;
  file: File;
  name: string;
  status: ItemStatus;
  progress: number;
  preview?: PreviewView;
  refusal?: { reason: RefusalReason; error: string };
  duplicate?: { reason: 'same-file' | 'same-body'; existing: ExistingArticle | null } | { reason: 'in-batch'; of: string };
  /** A stored article, or an earlier file of the list, whose text this one nearly repeats. */
  nearDuplicate?: { similarity: number; existing: ExistingArticle | null } | { similarity: number; of: string };
  /** The admin ticked "publish anyway" for a near duplicate. */
  publishAnyway?: boolean;
  published?: { id: string; title: string };
  message?: 'failed' | 'sessionEnded' | 'invalid';
  /** What the server found wrong with the fields, in the form's terms. */
  invalid?: FieldError[];
}

const REASON_KEYS = {
  empty: 'empty',
  binary: 'binary',
  'too-large': 'tooLarge',
  undecodable: 'undecodable',
  'no-text': 'noText',
  'no-body': 'noBody',
} as const;

// The publish endpoint's issues name the schema's fields; the form's fields are named for what is typed.
const FORM_FIELD_OF: Partial<Record<string, MetadataFormField>> = { countryPair: 'pairA', countriesMentioned: 'countries' };

/** The server's per-field errors or, where it sent none, its issues as "check this field". */
export function serverErrors(errors: readonly FieldError[] | undefined, issues: readonly { field: string }[]): FieldError[] {
  if (errors && errors.length > 0) return [...errors];
  return issues.map((issue) => ({ field: FORM_FIELD_OF[issue.field] ?? (issue.field as MetadataFormField), key: 'invalid', values: {} }));
}

// The edit form's label of each field (messages Admin.fields), for naming fields in the banner.
const FIELD_LABEL = {
  title: 'title',
  language: 'language',
  direction: 'direction',
  publishedAt: 'date',
  datePrecision: 'precision',
  dateText: 'dateText',
  source: 'source',
  author: 'author',
  pairA: 'pairA',
  pairB: 'pairB',
  countries: 'countries',
} as const satisfies Record<MetadataFormField, string>;

/** The fields in error, by their labels in the admin's language, as one list. */
export function useFieldLabels(): (errors: readonly FieldError[]) => string {
  const tf = useTranslations('Admin.fields');
  const locale = useLocale();
  return useCallback(
    (errors: readonly FieldError[]) =>
      new Intl.ListFormat(locale, { type: 'conjunction' }).format(errors.map((error) => tf(FIELD_LABEL[error.field] ?? 'title'))),
    [tf, locale],
  );
}

// The message key under Admin.upload.status for each status, checked against the English messages.
const STATUS_KEYS: Record<ItemStatus, keyof Messages['Admin']['upload']['status']> = {
  queued: 'queued',
  reading: 'reading',
  ready: 'ready',
  'near-duplicate': 'nearDuplicate',
  refused: 'refused',
  duplicate: 'duplicate',
  publishing: 'publishing',
  published: 'published',
  failed: 'failed',
};
const BADGE: Record<ItemStatus, string> = {
  queued: 'bg-stone-200 text-stone-800',
  reading: 'bg-sky-100 text-sky-900',
  ready: 'bg-emerald-100 text-emerald-900',
  'near-duplicate': 'bg-amber-100 text-amber-900',
  refused: 'bg-red-100 text-red-900',
  duplicate: 'bg-amber-100 text-amber-900',
  publishing: 'bg-sky-100 text-sky-900',
  published: 'bg-emerald-700 text-white',
  failed: 'bg-red-100 text-red-900',
};

function ArticleLink({ article }: { article: ExistingArticle }) {
  const href = article.status === 'published' ? `/articles/${article.id}` : `/admin/articles/${article.id}/edit`;
  return (
    <Link href={href} className="text-sky-800 underline" data-testid="duplicate-link" data-article-id={article.id}>
      <bdi lang={article.language} dir={article.direction}>
        {article.title}
      </bdi>
    </Link>
  );
}

/** Country and language names in the UI language, never a hand-written table. */
function useNames() {
  const locale = useLocale();
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const safe = (names: Intl.DisplayNames, code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
  return {
    region: (code: string) => safe(regions, code),
    language: (tag: string) => safe(languages, tag),
    list: (items: string[]) => list.format(items),
  };
}

/** The fields of the form that a low confidence points at, with the confidence as shown. */
function unsureFields(view: PreviewView, percent: (share: number) => string): UnsureFields {
  const low = lowConfidence(view.confidence);
  const fields: UnsureFields = {};
  if (low.includes('title')) fields.title = percent(view.confidence.title);
  if (low.includes('language')) fields.language = percent(view.confidence.language);
  if (low.includes('date')) fields.publishedAt = percent(view.confidence.date);
  if (low.includes('pair')) fields.countryPair = percent(view.confidence.pair);
  return fields;
}

export function UploadItem({
  item,
  onPublish,
  onRemove,
  onPublishAnyway,
}: {
  item: Item;
  onPublish: () => void;
  onRemove: () => void;
  onPublishAnyway: (checked: boolean) => void;
}) {
  const t = useTranslations('Admin.upload');
  const tf = useTranslations('Admin.fields');
  const headingId = `heading-${item.key}`;
  const view = item.preview;
  const names = useNames();
  const percent = usePercent();
  const busy = item.status === 'reading' || item.status === 'publishing' || item.status === 'queued';
  const near = item.nearDuplicate;
  // A near duplicate is published only once the admin has ticked "publish anyway".
  const held = near !== undefined && !item.publishAnyway;
  const bodyLow = view !== undefined && lowConfidence(view.confidence).includes('body');
  const noBody = withoutBody(item);
  const values = useMemo(() => view && formValuesOf(view), [view]);
  // What the form's own check found before sending; the server's check applies when it did not run.
  const [checked, setChecked] = useState<FieldError[]>([]);
  const errors = checked.length > 0 ? checked : (item.invalid ?? []);
  const fieldLabels = useFieldLabels();
  const firstError = errors[0]?.field;
  useEffect(() => {
    if (firstError) focusField(item.key, firstError);
  }, [firstError, item.key, item.invalid]);
  const readyBadge = noBody && (item.status === 'ready' || item.status === 'near-duplicate');
  return (
    <li
      className="rounded border border-stone-300 bg-white p-4"
      data-testid="upload-item"
      data-file={item.name}
      data-status={item.status}
      aria-labelledby={headingId}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-mono text-sm font-semibold">
          <bdi>{item.name}</bdi>
        </h3>
        <span
          className={`rounded px-2 py-0.5 text-sm ${readyBadge ? BADGE.refused : BADGE[item.status]}`}
          data-testid="item-status"
          data-ready={readyBadge ? 'false' : undefined}
        >
          {readyBadge ? t('status.noBody') : t(`status.${STATUS_KEYS[item.status]}`)}
        </span>
      </div>
      {busy && <progress className="mt-2 w-full" max={1} value={item.progress} aria-label={t('progress', { name: item.name })} />}

      {item.status === 'refused' && item.refusal && (
        <div className="mt-2 text-red-900" data-testid="refusal" data-reason={item.refusal.reason}>
          <p>{t(`reasons.${REASON_KEYS[item.refusal.reason]}`)}</p>
          {item.refusal.error && (
            // The ingester's own words, for whoever looks into the file; the sentence above is the admin's.
            <details className="text-sm text-stone-700">
              <summary className="cursor-pointer">{t('refusalDetail')}</summary>
              <p lang="en" dir="ltr">
                {item.refusal.error}
              </p>
            </details>
          )}
        </div>
      )}
      {item.status === 'duplicate' && item.duplicate && (
        <p className="mt-2 text-amber-900" data-testid="duplicate" data-reason={item.duplicate.reason}>
          {item.duplicate.reason === 'in-batch' ? (
            t('sameInBatch', { name: item.duplicate.of })
          ) : (
            <>
              {t(item.duplicate.reason === 'same-file' ? 'sameFile' : 'sameBody')}{' '}
              {item.duplicate.existing && <ArticleLink article={item.duplicate.existing} />}
            </>
          )}
        </p>
      )}
      {near && (item.status === 'near-duplicate' || item.status === 'publishing') && (
        <p id={`near-${item.key}`} className="mt-2 text-amber-900" data-testid="near-duplicate" data-similarity={near.similarity}>
          {'of' in near ? (
            t('nearInBatch', { value: percent(near.similarity), name: near.of })
          ) : (
            <>
              {t('nearStored', { value: percent(near.similarity) })} {near.existing && <ArticleLink article={near.existing} />}
            </>
          )}
        </p>
      )}
      {item.status === 'published' && item.published && (
        <p className="mt-2">
          <Link
            href={`/articles/${item.published.id}`}
            className="text-sky-800 underline"
            data-testid="published-link"
            data-article-id={item.published.id}
          >
            {t('viewArticle')}
          </Link>
        </p>
      )}
      {item.message && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-red-900">
          {item.message === 'invalid' ? t('invalid', { params: fieldLabels(item.invalid ?? []) }) : t(item.message)}
        </p>
      )}

      {view && (item.status === 'ready' || item.status === 'near-duplicate' || item.status === 'publishing') && (
        <form
          id={`form-${item.key}`}
          className="mt-3 space-y-4"
          aria-label={tf('legend', { name: item.name })}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const result = checkMetadataForm(new FormData(event.currentTarget));
            setChecked(result.ok ? [] : result.errors);
            if (result.ok) onPublish();
            else if (result.errors[0]) focusField(item.key, result.errors[0].field);
          }}
        >
          <ConfidenceList confidence={view.confidence} id={`confidence-${item.key}`} />
          <DeclaredChoices choices={view.declaredChoices} id={`declared-${item.key}`} />
          {noBody && (
            <p id={`no-body-${item.key}`} className="rounded border border-red-300 bg-red-50 p-2 text-red-900" data-testid="no-body">
              {t('noBody')}
            </p>
          )}
          {values && (
            <MetadataFields prefix={item.key} values={values} errors={errors} unsure={unsureFields(view, percent)} joinCountries />
          )}
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t('datePrinted')}</dt>
            <dd data-field="dateText">
              {view.dateText ? (
                <bdi lang={view.language} dir={view.direction}>
                  {view.dateText}
                </bdi>
              ) : (
                '—'
              )}
            </dd>
            <dt className="font-medium">{tf('date')}</dt>
            <dd data-field="publishedAt">
              <bdi dir="ltr">{view.publishedAt ?? '—'}</bdi>
            </dd>
            <dt className="font-medium">{tf('pair')}</dt>
            <dd data-field="pair">{view.countryPair ? view.countryPair.map((code) => names.region(code)).join(' – ') : '—'}</dd>
            <dt className="font-medium">{t('countries')}</dt>
            <dd data-field="countries">{names.list(view.countriesMentioned.map((code) => names.region(code))) || '—'}</dd>
            <dt className="font-medium">{t('languageName')}</dt>
            <dd data-field="language">{names.language(view.language)}</dd>
            <dt className="font-medium">{t('encoding')}</dt>
            <dd data-field="encoding">
              <bdi dir="ltr">{view.encoding}</bdi>
            </dd>
          </dl>
          <div>
            <h4 className="mb-1 font-medium">{t('body')}</h4>
            {bodyLow && (
              <p
                id={`body-unsure-${item.key}`}
                className="mb-1 flex items-center gap-1 text-sm text-amber-950"
                data-testid="unsure"
                data-field="body"
              >
                <span aria-hidden="true">⚠</span>
                {tf('unsure', { value: percent(view.confidence.body) })}
              </p>
            )}
            <div
              lang={view.language}
              dir={view.direction}
              className="max-h-72 space-y-2 overflow-y-auto rounded border border-stone-200 bg-stone-50 p-3"
              data-testid="preview-body"
              tabIndex={0}
              aria-describedby={bodyLow ? `body-unsure-${item.key}` : undefined}
            >
              {view.paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </div>
          {view.captions.length > 0 && (
            <details>
              <summary className="cursor-pointer font-medium">{t('captions')}</summary>
              <ul lang={view.language} dir={view.direction} className="mt-1 list-disc ps-6 text-sm">
                {view.captions.map((caption, index) => (
                  <li key={index}>{caption}</li>
                ))}
              </ul>
            </details>
          )}
          <details data-testid="removed">
            <summary className="cursor-pointer font-medium">{t('removed', { count: view.removed.length })}</summary>
            <ul lang={view.language} dir={view.direction} className="mt-1 list-disc ps-6 text-sm text-stone-700">
              {view.removed.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </details>
          {near && (
            <div className="rounded border border-amber-300 bg-amber-50 p-2">
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="publishAnyway"
                  value="yes"
                  checked={item.publishAnyway ?? false}
                  onChange={(event) => onPublishAnyway(event.target.checked)}
                  aria-describedby={`near-${item.key}`}
                  className="mt-1"
                  data-testid="publish-anyway"
                />
                <span>{t('publishAnyway')}</span>
              </label>
              {held && (
                <p id={`held-${item.key}`} className="mt-1 text-sm text-stone-700">
                  {t('publishAnywayNeeded')}
                </p>
              )}
            </div>
          )}
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={item.status === 'publishing' || held || noBody}
              aria-describedby={held ? `held-${item.key}` : noBody ? `no-body-${item.key}` : undefined}
              className="rounded bg-emerald-800 px-4 py-2 font-medium text-white hover:bg-emerald-900 disabled:opacity-50"
            >
              {t('publish')}
            </button>
            <button type="button" onClick={onRemove} className="rounded border border-stone-400 px-3 py-2 hover:bg-stone-100">
              {t('remove')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
