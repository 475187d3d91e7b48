import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleFilters } from '@/lib/articles/filters';
import { withFilters } from '@/lib/articles/filters';
import type { DateFacet as DateFacetData } from '@/lib/articles/types';
import { formatBucket } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { countText } from './facet-items';
import { HiddenFilters } from './hidden-filters';
import { viewHref } from './view-href';

/**
 * The date facet: a histogram whose bars set a range, exact from/to inputs, and the articles
 * with no known date, counted and reachable on their own.
 */
// Bar heights in 5% steps as written-out classes: the page's Content-Security-Policy blocks
// inline style attributes, and Tailwind only generates classes it finds spelled out.
const BAR_HEIGHTS = [
  'h-[5%]', 'h-[10%]', 'h-[15%]', 'h-[20%]', 'h-[25%]', 'h-[30%]', 'h-[35%]', 'h-[40%]', 'h-[45%]', 'h-[50%]',
  'h-[55%]', 'h-[60%]', 'h-[65%]', 'h-[70%]', 'h-[75%]', 'h-[80%]', 'h-[85%]', 'h-[90%]', 'h-[95%]', 'h-full',
];

function barHeight(count: number, max: number): string {
  return BAR_HEIGHTS[Math.max(0, Math.round((count / max) * BAR_HEIGHTS.length) - 1)]!;
}

export async function DateFacet({ facet, filters, approximate }: { facet: DateFacetData; filters: ArticleFilters; approximate: boolean }) {
  const t = await getTranslations('Facets');
  const locale = (await getLocale()) as AppLocale;
  const max = Math.max(1, ...facet.buckets.map((b) => b.count));
  return (
    <section aria-labelledby="facet-date" className="border-b border-stone-200 pb-4">
      <h3 id="facet-date" className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-700">
        {t('date')}
      </h3>
      {facet.buckets.length > 0 && (
        <ol aria-label={t('histogramLabel', { unit: facet.unit })} className="flex h-24 items-end gap-px" data-facet="date">
          {facet.buckets.map((bucket) => {
            const selected = filters.from === bucket.from && filters.to === bucket.to;
            const label = t(approximate ? 'bucketLabelApproximate' : 'bucketLabel', { period: formatBucket(bucket.key, locale), count: bucket.count });
            return (
              <li key={bucket.key} className="flex h-full min-w-1 flex-1 items-end">
                <Link
                  href={viewHref(withFilters(filters, { from: bucket.from, to: bucket.to, undated: false }))}
                  aria-label={label}
                  title={label}
                  data-bucket={bucket.key}
                  aria-current={selected ? 'true' : undefined}
                  className={`block w-full rounded-t bg-sky-700 hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 aria-[current=true]:bg-amber-600 ${barHeight(bucket.count, max)}`}
                />
              </li>
            );
          })}
        </ol>
      )}
      {facet.buckets.length > 0 && (
        <div className="mt-1 flex justify-between text-xs text-stone-600" aria-hidden="true">
          <span>{formatBucket(facet.buckets[0]!.key, locale, 'short')}</span>
          <span>{formatBucket(facet.buckets.at(-1)!.key, locale, 'short')}</span>
        </div>
      )}
      <form method="get" className="mt-3 grid grid-cols-2 gap-2 text-sm">
        <HiddenFilters filters={withFilters(filters, { from: null, to: null, undated: false })} />
        <label className="flex flex-col gap-1">
          {t('from')}
          <input type="date" name="from" defaultValue={filters.from ?? ''} className="rounded border border-stone-400 bg-white px-1 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {t('to')}
          <input type="date" name="to" defaultValue={filters.to ?? ''} className="rounded border border-stone-400 bg-white px-1 py-1" />
        </label>
        <button type="submit" className="col-span-2 rounded bg-stone-800 px-3 py-1 text-white hover:bg-stone-700">
          {t('apply')}
        </button>
      </form>
      <ul className="mt-2 space-y-1 text-sm">
        <li>
          <Link
            href={viewHref(withFilters(filters, { undated: !filters.undated, from: null, to: null }))}
            aria-current={filters.undated ? 'true' : undefined}
            data-facet-undated=""
            className="flex justify-between rounded px-2 py-1 hover:bg-stone-200 aria-[current=true]:bg-stone-800 aria-[current=true]:text-white"
          >
            <span>{t('undated')}</span>
            <span className="tabular-nums">{countText(t, facet.undated, locale, approximate)}</span>
          </Link>
        </li>
        {(filters.from || filters.to || filters.undated) && (
          <li>
            <Link href={viewHref(withFilters(filters, { from: null, to: null, undated: false }))} className="px-2 text-sky-800 underline">
              {t('clearDates')}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
