import { getLocale, getTranslations } from 'next-intl/server';
import { withFilters, type ArticleFilters } from '@/lib/articles/filters';
import { formatNumber } from '@/lib/i18n/format';
import { reachableLastPage } from '@/lib/url/last-page';
import { viewHref } from '../filters/view-href';
import { resultsHref } from '@/components/filters/results-href';

/**
 * A page number past the view's last page (an old link, a typed `page=99`): said as such, with the
 * way back to the last page when it is known exactly and reachable by number, else to the first.
 */
export async function PastLastPage({
  filters,
  pageCount,
  pageCountEstimated,
  deepest,
}: {
  filters: ArticleFilters;
  pageCount: number;
  pageCountEstimated: boolean;
  deepest: number;
}) {
  const t = await getTranslations('Home');
  const locale = await getLocale();
  const last = reachableLastPage({ pageCount, pageCountEstimated }, deepest);
  const target = last !== null ? { ...filters, page: last, cursor: null } : withFilters(filters, {});
  const link = (chunks: React.ReactNode) => (
    <a href={resultsHref(viewHref(target), locale)} className="font-medium underline" data-testid="past-last-link">
      {chunks}
    </a>
  );
  const page = formatNumber(filters.page, locale);
  return (
    <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950" role="alert" data-testid="past-last-page">
      {last !== null
        ? t.rich('pastLastPage', { page, count: last, last: formatNumber(last, locale), link })
        : t.rich('pastLastPageUnknown', { page, link })}
    </p>
  );
}
