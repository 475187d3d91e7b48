'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ExistingArticle, PreviewView } from '@/lib/articles/publish';
import type { RefusedFile } from '@/lib/ingest/types';
import { Link } from '@/lib/i18n/navigation';
import { MetadataFields } from './metadata-fields';

export type ItemStatus = 'queued' | 'reading' | 'ready' | 'refused' | 'duplicate' | 'publishing' | 'published' | 'failed';

export interface Item {
  key: string;
  file: File;
  name: string;
  status: ItemStatus;
  progress: number;
  preview?: PreviewView;
  refusal?: { reason: RefusedFile['reason']; error: string };
  duplicate?: { reason: 'same-file' | 'same-body'; existing: ExistingArticle | null } | { reason: 'in-batch'; of: string };
  published?: { id: string; title: string };
  message?: 'failed' | 'sessionEnded' | 'invalid';
  invalid?: string[];
}

const REASON_KEYS = { empty: 'empty', binary: 'binary', 'too-large': 'tooLarge', undecodable: 'undecodable', 'no-text': 'noText' } as const;
const BADGE: Record<ItemStatus, string> = {
  queued: 'bg-stone-200 text-stone-800',
  reading: 'bg-sky-100 text-sky-900',
  ready: 'bg-emerald-100 text-emerald-900',
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
  return { region: (code: string) => safe(regions, code), language: (tag: string) => safe(languages, tag), list: (items: string[]) => list.format(items) };
}

export function UploadItem({ item, onPublish, onRemove }: { item: Item; onPublish: () => void; onRemove: () => void }) {
  const t = useTranslations('Admin.upload');
  const tf = useTranslations('Admin.fields');
  const headingId = `heading-${item.key}`;
  const view = item.preview;
  const names = useNames();
  const busy = item.status === 'reading' || item.status === 'publishing' || item.status === 'queued';
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-testid="upload-item" data-file={item.name} data-status={item.status} aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-mono text-sm font-semibold">
          <bdi>{item.name}</bdi>
        </h3>
        <span className={`rounded px-2 py-0.5 text-sm ${BADGE[item.status]}`} data-testid="item-status">
          {t(`status.${item.status}`)}
        </span>
      </div>
      {busy && <progress className="mt-2 w-full" max={1} value={item.progress} aria-label={t('progress', { name: item.name })} />}

      {item.status === 'refused' && item.refusal && (
        <div className="mt-2 text-red-900" data-testid="refusal" data-reason={item.refusal.reason}>
          <p>{t(`reasons.${REASON_KEYS[item.refusal.reason]}`)}</p>
          {item.refusal.error && (
            <p className="text-sm text-stone-700" lang="en" dir="ltr">
              {item.refusal.error}
            </p>
          )}
        </div>
      )}
      {item.status === 'duplicate' && item.duplicate && (
        <p className="mt-2 text-amber-900" data-testid="duplicate" data-reason={item.duplicate.reason}>
          {item.duplicate.reason === 'in-batch' ? (
            t('sameInBatch', { name: item.duplicate.of })
          ) : (
            <>
              {t(item.duplicate.reason === 'same-file' ? 'sameFile' : 'sameBody')} {item.duplicate.existing && <ArticleLink article={item.duplicate.existing} />}
            </>
          )}
        </p>
      )}
      {item.status === 'published' && item.published && (
        <p className="mt-2">
          <Link href={`/articles/${item.published.id}`} className="text-sky-800 underline" data-testid="published-link" data-article-id={item.published.id}>
            {t('viewArticle')}
          </Link>
        </p>
      )}
      {item.message && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-red-900">
          {item.message === 'invalid' ? t('invalid', { params: (item.invalid ?? []).join(', ') }) : t(item.message)}
        </p>
      )}

      {view && (item.status === 'ready' || item.status === 'publishing') && (
        <form
          id={`form-${item.key}`}
          className="mt-3 space-y-4"
          aria-label={tf('legend', { name: item.name })}
          onSubmit={(event) => {
            event.preventDefault();
            onPublish();
          }}
        >
          <MetadataFields prefix={item.key} values={view} invalid={item.invalid} />
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t('datePrinted')}</dt>
            <dd data-field="dateText">{view.dateText ? <bdi lang={view.language} dir={view.direction}>{view.dateText}</bdi> : '—'}</dd>
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
            <div lang={view.language} dir={view.direction} className="max-h-72 space-y-2 overflow-y-auto rounded border border-stone-200 bg-stone-50 p-3" data-testid="preview-body" tabIndex={0}>
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
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={item.status === 'publishing'} className="rounded bg-emerald-800 px-4 py-2 font-medium text-white hover:bg-emerald-900 disabled:opacity-50">
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
