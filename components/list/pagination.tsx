import { getLocale, getTranslations } from 'next-intl/server';
import { withFilters, type ArticleFilters } from '@/lib/articles/filters';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { viewHref } from '../filters/view-href';

export async function Pagination({ filters, pageCount }: { filters: ArticleFilters; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Home');
  const locale = (await getLocale()) as AppLocale;
  const page = Math.min(filters.page, pageCount);
  const link = 'rounded border border-stone-400 px-3 py-1 hover:bg-stone-200';
  return (
    <nav aria-label={t('pagination')} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={viewHref({ ...filters, page: page - 1 })} rel="prev" className={link}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">
        {t('page', { page: formatNumber(page, locale), count: formatNumber(pageCount, locale) })}
      </span>
      {page < pageCount ? (
        <Link href={viewHref(withFilters(filters, { page: page + 1 }))} rel="next" className={link}>
          {t('next')} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
