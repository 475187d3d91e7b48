import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleFilters } from '@/lib/articles/filters';
import type { ListingRefused } from '@/lib/articles/too-expensive';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { noteMomentaryAnswer, PAGE_ETAG_HEADER } from '@/lib/http/momentary-answers';
import { viewHref } from '../filters/view-href';

/**
 * Shown instead of the results when the listing was not read (lib/articles/too-expensive.ts):
 * what happened and what the reader can do, in the reader's language.
 */
export async function ListingRefusedNotice({
  refused,
  filters,
  deepest,
}: {
  refused: ListingRefused;
  filters: ArticleFilters;
  deepest: number;
}) {
  const t = await getTranslations('Home');
  const locale = await getLocale();
  const box = 'mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900';
  if (refused === 'too-deep') {
    // Date order reaches any depth through the Next links' cursor, starting from the first page.
    const first = viewHref({ ...filters, page: 1, cursor: null, sort: 'date' });
    return (
      <p className={box} role="alert" data-testid="too-deep">
        {t('tooDeep', { page: formatNumber(filters.page, locale), max: formatNumber(deepest, locale) })}{' '}
        <Link href={first} className="text-sky-800 underline">
          {t('tooDeepFirstPage')}
        </Link>
      </p>
    );
  }
  // The page's entity tag must not be confirmed while this notice stands in for its results.
  const etag = (await headers()).get(PAGE_ETAG_HEADER);
  if (etag) noteMomentaryAnswer(etag);
  return (
    <p className={box} role="alert" data-testid={refused}>
      {t(refused === 'busy' ? 'busy' : 'tooExpensive')}
    </p>
  );
}
