import { getLocale, getTranslations } from 'next-intl/server';
import { slugify } from '@/lib/articles/slug';
import type { ArticleListItem } from '@/lib/articles/types';
import { formatArticleDate, languageName, pairName } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

export async function ArticleListEntry({ article }: { article: ArticleListItem }) {
  const t = await getTranslations('Home');
  const ta = await getTranslations('Article');
  const locale = (await getLocale()) as AppLocale;
  const slug = slugify(article.title);
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-article-id={article.id}>
      <h3 className="text-lg font-semibold leading-snug">
        <Link
          href={`/articles/${article.id}/${encodeURIComponent(slug)}`}
          lang={article.language}
          dir={article.direction}
          className="text-sky-900 hover:underline"
        >
          {article.title}
        </Link>
      </h3>
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
        <div className="flex gap-1">
          <dt className="sr-only">{t('published')}</dt>
          <dd>
            {article.publishedAt ? (
              <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt, article.datePrecision, locale)}</time>
            ) : (
              t('noDate')
            )}
            {article.dateText && (
              <>
                {' · '}
                <span className="sr-only">{t('printedDate')}: </span>
                <bdi lang={article.language} dir={article.direction} className="text-stone-600" data-field="dateText">
                  {article.dateText}
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
        {article.synthetic && (
          <div>
            <dt className="sr-only">{ta('dataKind')}</dt>
            <dd className="rounded bg-amber-100 px-2 text-amber-900">{t('syntheticBadge')}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
