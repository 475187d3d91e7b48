import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleFilters } from '@/lib/articles/filters';
import type { ArticleListing } from '@/lib/articles/types';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { viewHref } from '../filters/view-href';

export async function Pagination({
  filters,
  listing: { pageCount, pageCountEstimated, morePages, cursors },
}: {
  filters: ArticleFilters;
  listing: Pick<ArticleListing, 'pageCount' | 'pageCountEstimated' | 'morePages' | 'cursors'>;
}) {
  if (pageCount <= 1 && !morePages && filters.page <= 1) return null;
  const t = await getTranslations('Home');
  const locale = (await getLocale()) as AppLocale;
  // An estimated page count may fall short of where the reader has paged to.
  const page = pageCountEstimated ? filters.page : Math.min(filters.page, pageCount);
  const link = 'rounded border border-stone-400 px-3 py-1 hover:bg-stone-200';
  // Date order pages by keyset (cheap at any depth); relevance order by number.
  const keyset = filters.sort === 'date';
  const previous: ArticleFilters =
    page - 1 <= 1 || !keyset || !cursors.first
      ? { ...filters, page: page - 1, cursor: null }
      : { ...filters, page: page - 1, cursor: { direction: 'before', ...cursors.first } };
  const next: ArticleFilters =
    keyset && cursors.last ? { ...filters, page: page + 1, cursor: { direction: 'after', ...cursors.last } } : { ...filters, page: page + 1, cursor: null };
  return (
    <nav aria-label={t('pagination')} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={viewHref(previous)} rel="prev" className={link}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">
        {t(pageCountEstimated ? 'pageApproximate' : 'page', { page: formatNumber(page, locale), count: formatNumber(pageCount, locale) })}
      </span>
      {morePages ? (
        <Link href={viewHref(next)} rel="next" className={link}>
          {t('next')} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
