import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { slugify } from '@/lib/articles/slug';
import type { ArticleDetail } from '@/lib/articles/types';
import { compareQuery } from '@/lib/compare';
import { formatArticleDate, languageName, pairName } from '@/lib/i18n/format';
import { localeDirection } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';

function Field({ label, field, children }: { label: string; field: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold text-stone-700">{label}:</dt>
      <dd data-field={field}>{children}</dd>
    </div>
  );
}

/**
 * One article of a comparison. Its three parts (title, metadata, text) sit in the rows of the
 * comparison's grid through `subgrid`, so every column's title and metadata start and end level
 * with the others', whatever the lengths and scripts.
 */
export async function CompareColumn({ article, position, others }: { article: ArticleDetail; position: number; others: string[] }) {
  const t = await getTranslations('Article');
  const tc = await getTranslations('Reading.compare');
  const locale = await getLocale();
  const ui = { lang: locale, dir: localeDirection(locale) };
  const own = { lang: article.language, dir: article.direction };
  const unknown = <span className="text-stone-600">{t('unknown')}</span>;
  return (
    <article
      {...own}
      aria-labelledby={`compare-title-${position}`}
      className="row-span-3 grid grid-rows-subgrid rounded border border-stone-300 bg-white"
      data-compare-column={position}
      data-article-id={article.id}
    >
      <header className="border-b border-stone-200 p-4" data-testid="compare-header">
        <p {...ui} className="text-xs font-semibold tracking-wide text-stone-600 uppercase">
          {tc('column', { number: position })}
        </p>
        <h2 id={`compare-title-${position}`} className="mt-1 text-xl leading-snug font-bold">
          {article.title}
        </h2>
      </header>
      <div {...ui} className="border-b border-stone-200 bg-stone-50 p-4 text-sm" data-testid="compare-meta">
        <dl className="space-y-1">
          <Field label={t('source')} field="source">
            {article.source ? <bdi {...own}>{article.source}</bdi> : unknown}
          </Field>
          <Field label={t('dateAsPrinted')} field="dateText">
            {article.dateText ? <bdi {...own}>{article.dateText}</bdi> : unknown}
          </Field>
          <Field label={t('date')} field="publishedAt">
            {article.publishedAt ? (
              <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt, article.datePrecision, locale)}</time>
            ) : (
              unknown
            )}
          </Field>
          <Field label={t('language')} field="language">
            {languageName(article.language, locale)}
          </Field>
          <Field label={t('pair')} field="pair">
            {article.countryPair ? <bdi>{pairName(article.countryPair, locale)}</bdi> : unknown}
          </Field>
        </dl>
        <p className="no-print mt-2 flex flex-wrap gap-3">
          <Link href={`/articles/${article.id}/${encodeURIComponent(slugify(article.title))}`} className="text-sky-800 underline">
            {tc('openArticle')}
          </Link>
          <Link
            href={{ pathname: '/compare', query: compareQuery(others) }}
            className="text-sky-800 underline"
            data-testid="compare-remove"
          >
            {tc('removeColumn')}
          </Link>
        </p>
      </div>
      <div className="space-y-3 p-4 text-base leading-relaxed" data-testid="compare-body">
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} data-paragraph-number={index + 1}>
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
