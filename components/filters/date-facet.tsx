import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleFilters } from '@/lib/articles/filters';
import { withFilters } from '@/lib/articles/filters';
import { solarDateFacet } from '@/lib/articles/solar-date-facet';
import type { DateFacet as DateFacetData } from '@/lib/articles/types';
import { formatArticleDate } from '@/lib/i18n/format';
import { solarInputValue } from '@/lib/i18n/solar-hijri';
import { countText } from './facet-items';
import { HiddenFilters } from './hidden-filters';
import { barHeight, inRange, labelledBars, tabStop } from '@/lib/articles/histogram-bars';
import { HistogramKeys } from './histogram-keys';
import { viewHref } from './view-href';
import { resultsHref } from './results-href';

/**
 * The date facet: a histogram whose bars set a range, exact from/to inputs, and the articles
 * with no known date, counted and reachable on their own. The Dari UI counts, labels and types
 * dates in the Solar Hijri calendar; the URL keeps ISO dates in every language.
 */
export async function DateFacet({
  facet: gregorian,
  filters,
  approximate,
}: {
  facet: DateFacetData;
  filters: ArticleFilters;
  approximate: boolean;
}) {
  const t = await getTranslations('Facets');
  const locale = await getLocale();
  const solar = locale === 'fa-AF';
  const facet = solar ? await solarDateFacet(filters, gregorian, approximate) : gregorian;
  const max = Math.max(1, ...facet.buckets.map((b) => b.count));
  const labelled = labelledBars(facet);
  const stop = tabStop(facet.buckets, filters.from, filters.to);
  const period = (from: string) => formatArticleDate(from, facet.unit, locale);
  // Plain links, as the facet values (facet-list.tsx): a date choice lands on the results it
  // leaves (components/list/results-focus.tsx), with the phone's filters folded away again.
  const href = (view: ArticleFilters) => resultsHref(viewHref(view), locale);
  return (
    <section aria-labelledby="facet-date" className="border-b border-stone-200 pb-4">
      <h3 id="facet-date" className="mb-2 text-sm font-semibold tracking-wide text-stone-700 uppercase">
        {t('date')}
      </h3>
      {facet.buckets.length > 0 && (
        // Positioned: a bar's count shows at the histogram's top corner while it is hovered or focused.
        <div className="relative pt-6">
          <p id="histogram-keys" className="sr-only">
            {t('histogramKeys')}
          </p>
          <HistogramKeys label={t('histogramLabel', { unit: facet.unit })} className="flex h-24 items-end gap-px border-b border-stone-400">
            {facet.buckets.map((bucket, i) => {
              const chosen = inRange(bucket, filters.from, filters.to);
              const counted = t(approximate ? 'bucketLabelApproximate' : 'bucketLabel', {
                period: period(bucket.from),
                count: bucket.count,
              });
              const label = chosen ? t('bucketChosen', { value: counted }) : counted;
              const empty = bucket.count === 0;
              return (
                <li key={bucket.key} className="flex h-full min-w-1 flex-1 items-end">
                  <a
                    href={href(withFilters(filters, { from: bucket.from, to: bucket.to, undated: false }))}
                    aria-label={label}
                    aria-describedby="histogram-keys"
                    tabIndex={i === stop ? 0 : -1}
                    data-bucket={bucket.key}
                    data-count={bucket.count}
                    data-chosen={chosen ? '' : undefined}
                    aria-current={filters.from === bucket.from && filters.to === bucket.to ? 'true' : undefined}
                    className={`group block w-full focus-visible:outline-2 focus-visible:outline-offset-2 ${
                      empty
                        ? // No article: a flat grey mark, where the smallest count still gets a coloured bar.
                          'h-1 bg-stone-300 hover:bg-stone-500 data-chosen:bg-amber-300'
                        : `rounded-t bg-sky-700 hover:bg-sky-900 data-chosen:bg-amber-600 ${barHeight(bucket.count, max)}`
                    }`}
                  >
                    <span
                      aria-hidden="true"
                      className="pointer-events-none absolute inset-s-0 top-0 hidden rounded bg-stone-900 px-1.5 py-0.5 text-xs whitespace-nowrap text-white group-hover:block group-focus-visible:block"
                    >
                      {label}
                    </span>
                  </a>
                </li>
              );
            })}
          </HistogramKeys>
          <div className="mt-1 flex gap-px text-xs text-stone-600" aria-hidden="true">
            {facet.buckets.map((bucket, i) => (
              // Each label starts under its own bar and may run over the unlabelled ones after it.
              <span
                key={bucket.key}
                className="min-w-1 flex-1 overflow-visible whitespace-nowrap"
                data-axis-label={labelled.has(i) ? '' : undefined}
              >
                {labelled.has(i) ? formatArticleDate(bucket.from, 'year', locale) : null}
              </span>
            ))}
          </div>
        </div>
      )}
      <form method="get" className="mt-3 grid grid-cols-2 gap-2 text-sm">
        <HiddenFilters filters={withFilters(filters, { from: null, to: null, undated: false })} />
        {solar && (
          <p id="date-format" className="col-span-2 text-xs text-stone-600">
            {t.rich('typedDateHint', { value: solarInputValue('2024-05-01'), code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
          </p>
        )}
        <DateInput name="from" label={t('from')} value={filters.from} solar={solar} />
        <DateInput name="to" label={t('to')} value={filters.to} solar={solar} />
        <button type="submit" className="col-span-2 rounded bg-stone-800 px-3 py-1 text-white hover:bg-stone-700">
          {t('apply')}
        </button>
      </form>
      <ul className="mt-2 space-y-1 text-sm">
        <li>
          <a
            href={href(withFilters(filters, { undated: !filters.undated, from: null, to: null }))}
            aria-current={filters.undated ? 'true' : undefined}
            data-facet-undated=""
            className="flex justify-between rounded px-2 py-1 hover:bg-stone-200 aria-[current=true]:bg-stone-800 aria-[current=true]:text-white"
          >
            <span>{t('undated')}</span>
            <span className="tabular-nums">{countText(t, facet.undated, locale, approximate)}</span>
          </a>
        </li>
        {(filters.from || filters.to || filters.undated) && (
          <li>
            <a
              href={href(withFilters(filters, { from: null, to: null, undated: false }))}
              className="px-2 text-sky-800 underline"
              data-testid="clear-dates"
            >
              {t('clearDates')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

/**
 * A From/To box. In the Dari UI a text box showing and taking Solar Hijri dates (the server reads
 * them, lib/i18n/typed-date.ts): the browser's date picker knows only the Gregorian calendar.
 */
function DateInput({ name, label, value, solar }: { name: 'from' | 'to'; label: string; value: string | null; solar: boolean }) {
  const className = 'rounded border border-stone-400 bg-white px-1 py-1';
  return (
    <label className="flex flex-col gap-1">
      {label}
      {solar ? (
        <input
          type="text"
          name={name}
          inputMode="numeric"
          dir="ltr"
          autoComplete="off"
          aria-describedby="date-format"
          defaultValue={value ? solarInputValue(value) : ''}
          className={className}
        />
      ) : (
        <input type="date" name={name} defaultValue={value ?? ''} className={className} />
      )}
    </label>
  );
}
