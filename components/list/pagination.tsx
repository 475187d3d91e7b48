import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleFilters } from '@/lib/articles/filters';
import type { ArticleListing } from '@/lib/articles/types';
import { formatNumber } from '@/lib/i18n/format';
import { reachableLastPage } from '@/lib/url/last-page';
import { viewHref } from '../filters/view-href';
import { resultsHref } from '@/components/filters/results-href';

/**
 * Previous, next and, where the page count is exact and within reach by number (`deepest`, see
 * lib/articles/page-depth.ts), the last page. Each link lands on the results.
 */
export async function Pagination({
  filters,
  listing: { pageCount, pageCountEstimated, morePages, cursors },
  deepest,
}: {
  filters: ArticleFilters;
  listing: Pick<ArticleListing, 'pageCount' | 'pageCountEstimated' | 'morePages' | 'cursors'>;
  deepest: number;
}) {
  if (pageCount <= 1 && !morePages && filters.page <= 1) return null;
  const t = await getTranslations('Home');
  const locale = await getLocale();
  // An estimated page count may fall short of where the reader has paged to.
  const page = pageCountEstimated ? filters.page : Math.min(filters.page, pageCount);
  const link = 'rounded border border-stone-400 px-3 py-1 hover:bg-stone-200';
  const href = (view: ArticleFilters) => resultsHref(viewHref(view), locale);
  // Date order pages by keyset (cheap at any depth); relevance order by number.
  const keyset = filters.sort === 'date';
  const previous: ArticleFilters =
    page - 1 <= 1 || !keyset || !cursors.first
      ? { ...filters, page: page - 1, cursor: null }
      : { ...filters, page: page - 1, cursor: { direction: 'before', ...cursors.first } };
  const next: ArticleFilters =
    keyset && cursors.last
      ? { ...filters, page: page + 1, cursor: { direction: 'after', ...cursors.last } }
      : { ...filters, page: page + 1, cursor: null };
  // The page after next or further: "next" already reaches the one right after.
  const reachable = reachableLastPage({ pageCount, pageCountEstimated }, deepest);
  const last = reachable !== null && reachable > page + 1 ? reachable : null;
  return (
    <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <a href={href(previous)} rel="prev" className={link}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">
        {t(pageCountEstimated ? 'pageApproximate' : 'page', { page: formatNumber(page, locale), count: formatNumber(pageCount, locale) })}
      </span>
      <span className="flex flex-wrap items-center gap-2">
        {morePages && (
          <a href={href(next)} rel="next" className={link}>
            {t('next')}{' '}
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              →
            </span>
          </a>
        )}
        {last !== null && (
          <a href={href({ ...filters, page: last, cursor: null })} className={link} data-testid="last-page">
            {t('lastPage', { number: formatNumber(last, locale) })}
          </a>
        )}
      </span>
    </nav>
  );
}
