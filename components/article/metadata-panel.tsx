import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ArticleDetail } from '@/lib/articles/types';
import { countryName, formatArticleDate, formatDateTime, languageName, pairName } from '@/lib/i18n/format';
import { siteOrigin } from '@/lib/site-url';

function Row({ label, field, children }: { label: string; field: string; children: ReactNode }) {
  return (
    <div className="border-b border-stone-200 py-2 last:border-b-0">
      <dt className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{label}</dt>
      <dd className="mt-0.5 break-words" data-field={field}>
        {children}
      </dd>
    </div>
  );
}

// The calendars with a name of their own in the messages (Article.calendars); others show as stored.
const KNOWN_CALENDARS = ['gregory', 'persian', 'islamic'] as const;

function isKnownCalendar(calendar: string): calendar is (typeof KNOWN_CALENDARS)[number] {
  return KNOWN_CALENDARS.some((known) => known === calendar);
}

/** Everything known about the article; values from the source are isolated in their own direction. */
export async function MetadataPanel({ article, permalinkPath }: { article: ArticleDetail; permalinkPath: string }) {
  const t = await getTranslations('Article');
  const locale = await getLocale();
  const unknown = <span className="text-stone-600">{t('unknown')}</span>;
  const own = { lang: article.language, dir: article.direction } as const;
  const tc = await getTranslations('Reading.citation');
  const permalink = `${await siteOrigin()}${permalinkPath}`;
  return (
    <aside
      aria-labelledby="metadata-heading"
      className="self-start rounded border border-stone-300 bg-white p-4 text-sm"
      data-testid="metadata-panel"
    >
      <h2 id="metadata-heading" className="mb-2 text-base font-semibold">
        {t('metadata')}
      </h2>
      {article.synthetic && <p className="mb-2 rounded bg-amber-100 p-2 text-amber-900">{t('synthetic')}</p>}
      <dl>
        <Row label={t('source')} field="source">
          {article.source ? <bdi {...own}>{article.source}</bdi> : unknown}
        </Row>
        <Row label={t('author')} field="author">
          {article.author ? <bdi {...own}>{article.author}</bdi> : unknown}
        </Row>
        <Row label={t('dateAsPrinted')} field="dateText">
          {article.dateText ? <bdi {...own}>{article.dateText}</bdi> : unknown}
        </Row>
        <Row label={t('date')} field="publishedAt">
          {article.publishedAt ? (
            <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt, article.datePrecision, locale)}</time>
          ) : article.dateText ? (
            t('noYear')
          ) : (
            unknown
          )}
        </Row>
        <Row label={t('calendar')} field="calendar">
          {article.calendar
            ? isKnownCalendar(article.calendar)
              ? t(`calendars.${article.calendar}`)
              : t('calendars.other', { name: article.calendar })
            : unknown}
        </Row>
        <Row label={t('language')} field="language">
          {languageName(article.language, locale)}{' '}
          <bdi dir="ltr" className="text-stone-600">
            ({article.language})
          </bdi>
        </Row>
        <Row label={t('pair')} field="pair">
          {article.countryPair ? <bdi>{pairName(article.countryPair, locale)}</bdi> : unknown}
        </Row>
        <Row label={t('countries')} field="countries">
          {article.countriesMentioned.length > 0 ? (
            <ul className="flex flex-wrap gap-1">
              {article.countriesMentioned.map((code) => (
                <li key={code} className="rounded bg-stone-100 px-1.5" data-code={code}>
                  <bdi>{countryName(code, locale)}</bdi>
                </li>
              ))}
            </ul>
          ) : (
            unknown
          )}
        </Row>
        <Row label={tc('permalink')} field="permalink">
          <bdi dir="ltr" className="block text-xs break-all">
            {permalink}
          </bdi>
        </Row>
        {article.file && (
          <>
            <Row label={t('uploaded')} field="uploadedAt">
              <time dateTime={article.file.uploadedAt}>{formatDateTime(article.file.uploadedAt, locale)}</time>
            </Row>
            <Row label={t('file')} field="fileName">
              <bdi className="font-mono text-xs">{article.file.name}</bdi>
            </Row>
            <Row label={t('sha256')} field="sha256">
              <bdi dir="ltr" className="block font-mono text-xs break-all">
                {article.file.sha256}
              </bdi>
            </Row>
          </>
        )}
      </dl>
    </aside>
  );
}
