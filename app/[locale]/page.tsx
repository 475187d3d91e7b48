import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CompareBar } from '@/components/compare/compare-bar';
import { FiltersDisclosure } from '@/components/filters/filters-disclosure';
import { FiltersPanel } from '@/components/filters/filters-panel';
import { SearchBox } from '@/components/filters/search-box';
import { ArticleListEntry } from '@/components/list/article-list-item';
import { EstimatedCountsNote } from '@/components/list/estimated-counts-note';
import { ListingRefusedNotice } from '@/components/list/listing-refused-notice';
import { LoosenView } from '@/components/list/loosen-view';
import { PastLastPage } from '@/components/list/past-last-page';
import { ResultsFocus } from '@/components/list/results-focus';
import { Pagination } from '@/components/list/pagination';
import { viewHref } from '@/components/filters/view-href';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { filtersToSearchParams, parseFilters } from '@/lib/articles';
import { activeFilterCount, exactCountAllowed, MAX_REPEATS } from '@/lib/articles/filters';
import { deepestNumberedPage } from '@/lib/articles/page-depth';
import { listWithinLimits } from '@/lib/articles/too-expensive';
import { formatNumber } from '@/lib/i18n/format';
import { RESULTS_FRAGMENT } from '@/lib/url/results-fragment';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = PageProps<'/[locale]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: t('title'), description: t('description') };
}

export default async function ReadingRoomPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const { filters, ignored, repeated, unknown } = parseFilters(await searchParams);
  const query = filtersToSearchParams({ ...filters, page: 1 }).toString();
  const [read, t, ta] = await Promise.all([listWithinLimits(filters, locale), getTranslations('Home'), getTranslations('Article')]);
  const [tSite, tp] = await Promise.all([getTranslations('Site'), getTranslations('Reading.passage')]);
  const repeatedNotice = repeated.length > 0 && (
    <p className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" role="alert" data-testid="repeated">
      {t.rich('repeated', { params: repeated.join(', '), max: MAX_REPEATS, code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
    </p>
  );
  if ('refused' in read) {
    return (
      <section aria-labelledby={RESULTS_FRAGMENT}>
        <h1
          id={RESULTS_FRAGMENT}
          tabIndex={-1}
          className="mb-4 scroll-mt-2 text-2xl font-semibold focus:outline-none focus-visible:outline-2"
        >
          {t('title')}
        </h1>
        <SearchBox filters={filters} />
        {repeatedNotice}
        <ListingRefusedNotice refused={read.refused} filters={filters} deepest={deepestNumberedPage()} />
      </section>
    );
  }
  const { listing } = read;
  const deepest = deepestNumberedPage();
  // A page number past the last one: said as such, not as "9 articles" over "No article matches".
  const pastLast = listing.items.length === 0 && listing.total > 0 && filters.page > 1;
  const filterCount = activeFilterCount(filters);
  const countText = t(listing.approximate ? 'resultCountShownApproximate' : 'resultCountShown', {
    count: listing.total,
    number: formatNumber(listing.total, locale),
  });
  // Search, then filters, then results, in reading and Tab order: on a phone the filters fold
  // behind one control; on a wide screen the grid puts them in a column beside the results.
  return (
    <div className="grid gap-x-6 lg:grid-cols-[18rem_1fr] lg:grid-rows-[auto_1fr]">
      <div className="min-w-0 lg:col-start-2">
        <h1 className="mb-3 text-2xl font-semibold">{t('title')}</h1>
        <SearchBox filters={filters} />
      </div>
      <aside aria-labelledby="filters-heading" className="no-print min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-1">
        <FiltersDisclosure summary={t('filtersToggle', { count: filterCount, number: formatNumber(filterCount, locale) })}>
          <h2 id="filters-heading" className="mb-3 text-lg font-semibold">
            {t('filtersHeading')}
          </h2>
          <FiltersPanel listing={listing} filters={filters} />
        </FiltersDisclosure>
      </aside>
      <section aria-labelledby={RESULTS_FRAGMENT} className="min-w-0 lg:col-start-2">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          {/* The target of every link that changes the view (facets, pages, loosening), and focusable,
              so the browser focuses it on arrival and the new count is read out; ResultsFocus does
              the same after a client-side navigation. */}
          <h2
            id={RESULTS_FRAGMENT}
            tabIndex={-1}
            className="scroll-mt-2 text-lg font-semibold focus:outline-none focus-visible:outline-2"
            data-testid="result-count"
          >
            {countText}
          </h2>
          <div className="no-print flex flex-wrap items-center gap-3 text-sm">
            <a href={`/api/articles/export${query ? `?${query}` : ''}`} className="text-sky-800 underline" download>
              {t('exportCsv')}
            </a>
            <a href={`/api/feed${query ? `?${query}` : ''}`} className="text-sky-800 underline" type="application/atom+xml">
              {t('feed')}
            </a>
            <CopyLinkButton path={null} label={t('copyView')} copiedLabel={ta('copied')} failedLabel={tp('failed')} />
          </div>
        </div>
        <ResultsFocus />
        {listing.rankedAmong !== null && (
          <p className="mb-4 rounded border border-sky-300 bg-sky-50 p-3 text-sky-950" role="note" data-testid="ranked-among">
            {t('rankedAmongShown', {
              number: formatNumber(listing.rankedAmong, locale),
              count: listing.total,
              total: formatNumber(listing.total, locale),
            })}
          </p>
        )}
        {listing.approximate && exactCountAllowed(filters.q) && (
          <EstimatedCountsNote exactHref={viewHref({ ...filters, exactCounts: true })} />
        )}
        {listing.anySynthetic && (
          <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" role="note">
            {tSite('synthetic')}
          </p>
        )}
        {repeatedNotice}
        {ignored.length > 0 && (
          <p className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" role="alert" data-testid="ignored">
            {t.rich('ignored', { params: ignored.join(', '), code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
          </p>
        )}
        {unknown.length > 0 && (
          <p className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" role="alert" data-testid="unknown-params">
            {t.rich('unknownParams', { params: unknown.join(', '), code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
          </p>
        )}
        {pastLast ? (
          <PastLastPage filters={filters} pageCount={listing.pageCount} pageCountEstimated={listing.pageCountEstimated} deepest={deepest} />
        ) : listing.items.length === 0 ? (
          <div className="rounded border border-stone-300 bg-white p-6 text-stone-700" data-testid="no-results">
            <p>{t('noResults')}</p>
            <LoosenView filters={filters} />
          </div>
        ) : (
          <ol className="space-y-3" data-testid="results">
            {listing.items.map((article) => (
              <ArticleListEntry key={article.id} article={article} view={filters} />
            ))}
          </ol>
        )}
        {!pastLast && <Pagination filters={filters} listing={listing} deepest={deepest} />}
        <CompareBar />
      </section>
    </div>
  );
}
