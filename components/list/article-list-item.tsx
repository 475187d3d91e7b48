import { getLocale, getTranslations } from 'next-intl/server';
import { AddToComparison } from '@/components/compare/add-to-comparison';
import { sameDateReading } from '@/lib/articles/same-date';
import { slugify } from '@/lib/articles/slug';
import { HighlightedText } from './highlighted-text';
import { TranslationMatchBadge } from '@/components/translations/translation-match-badge';
import { filtersToSearchParams, type ArticleFilters } from '@/lib/articles/filters';
import type { ArticleListItem } from '@/lib/articles/types';
import { formatArticleDate, languageName, pairName } from '@/lib/i18n/format';
import { languageDirection } from '@/lib/i18n/locale';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { translationForReader } from '@/lib/translations/reader-title';
import { searchParamsToQuery } from '@/lib/url/query';

/** One result; `view` is the list it is shown in, carried on the article's link so its way back keeps it. */
export async function ArticleListEntry({ article, view }: { article: ArticleListItem; view: ArticleFilters }) {
  const q = view.q;
  const t = await getTranslations('Home');
  const ta = await getTranslations('Article');
  const tt = await getTranslations('Translations.list');
  const locale = await getLocale();
  const slug = slugify(article.title);
  const path = `/articles/${article.id}/${encodeURIComponent(slug)}`;
  const linkProps = { lang: article.language, dir: article.direction, className: 'text-sky-900 hover:underline' };
  // A snippet from a translation (the reader's, or the only match) opens the article beside that
  // translation, at the snippet's paragraph.
  const inTranslation = article.translationMatch?.snippetLanguage ?? null;
  const listQuery = searchParamsToQuery(filtersToSearchParams(view));
  const searchQuery = inTranslation ? { ...listQuery, view: 'both', tl: inTranslation } : listQuery;
  const anchor = article.snippet ? `#${inTranslation ? 't' : 'p'}-${article.snippet.paragraph + 1}` : '';
  const snippetText = inTranslation
    ? { lang: inTranslation, dir: languageDirection(inTranslation) }
    : { lang: article.language, dir: article.direction };
  // The original's title stays the link; the reader's translation of it is shown under it, named.
  const translated = translationForReader(article.translatedTitles ?? [], locale);
  const formattedDate = article.publishedAt ? formatArticleDate(article.publishedAt, article.datePrecision, locale) : null;
  // A printed date that reads exactly like the normalised one would say the same thing twice.
  const printedDate = article.dateText && !(formattedDate && sameDateReading(article.dateText, formattedDate)) ? article.dateText : null;
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-article-id={article.id}>
      <h3 className="text-lg leading-snug font-semibold">
        {q ? (
          // From a search the link carries the query (for highlighting) and the matching
          // paragraph's anchor. A full page load, so that the browser's :target marks it.
          <a href={`${getPathname({ href: { pathname: path, query: searchQuery }, locale })}${anchor}`} {...linkProps}>
            {article.title}
          </a>
        ) : (
          <Link href={{ pathname: path, query: listQuery }} {...linkProps}>
            {article.title}
          </Link>
        )}
      </h3>
      {translated && (
        <p className="mt-0.5 text-stone-800" data-testid="translated-title">
          <span className="text-sm text-stone-600">{tt('translatedTitle', { language: languageName(translated.language, locale) })}: </span>
          <bdi lang={translated.language} dir={languageDirection(translated.language)} className="font-medium">
            {translated.title}
          </bdi>
        </p>
      )}
      {article.snippet && (
        <div className="mt-2">
          {inTranslation ? (
            // Named, as the translated title is: the words below are not the original's.
            <p className="text-sm text-stone-600" data-testid="snippet-source">
              {tt('snippetFrom', { language: languageName(inTranslation, locale) })}:
            </p>
          ) : (
            <span className="sr-only">{t('matchIn')}: </span>
          )}
          <p className="text-stone-800" {...snippetText} data-testid="snippet">
            {article.snippet.cutStart && '… '}
            <HighlightedText segments={article.snippet.segments} />
            {article.snippet.cutEnd && ' …'}
          </p>
        </div>
      )}
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
        <div className="flex gap-1">
          <dt className="sr-only">{t('published')}</dt>
          <dd>
            {article.publishedAt ? <time dateTime={article.publishedAt}>{formattedDate}</time> : t('noDate')}
            {printedDate && (
              <>
                {' · '}
                <span className="sr-only">{t('printedDate')}: </span>
                <bdi lang={article.language} dir={article.direction} className="text-stone-600" data-field="dateText">
                  {printedDate}
                </bdi>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt className="sr-only">{ta('source')}</dt>
          <dd>{article.source ? <bdi>{article.source}</bdi> : <span className="text-stone-600">{t('noSource')}</span>}</dd>
        </div>
        <div>
          <dt className="sr-only">{ta('language')}</dt>
          <dd data-field="language">{languageName(article.language, locale)}</dd>
        </div>
        <div>
          <dt className="sr-only">{ta('pair')}</dt>
          <dd data-field="pair" className="font-medium">
            {article.countryPair ? <bdi>{pairName(article.countryPair, locale)}</bdi> : t('noPair')}
          </dd>
        </div>
        {article.translationMatch && <TranslationMatchBadge match={article.translationMatch} />}
        {article.synthetic && (
          <div>
            <dt className="sr-only">{ta('dataKind')}</dt>
            <dd className="rounded bg-amber-100 px-2 text-amber-900">{t('syntheticBadge')}</dd>
          </div>
        )}
      </dl>
      <div className="mt-2">
        <AddToComparison item={{ id: article.id, title: article.title, language: article.language, direction: article.direction }} />
      </div>
    </li>
  );
}
