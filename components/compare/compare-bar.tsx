'use client';

import { useLocale, useTranslations } from 'next-intl';
import { compareQuery, MAX_COMPARED, MIN_COMPARED } from '@/lib/compare';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { useComparison } from './comparison-store';

/** The articles chosen so far, at the foot of the screen, with the way to the compare page. */
export function CompareBar() {
  const t = useTranslations('Reading.compare');
  const locale = useLocale();
  const { items, remove, clear } = useComparison();
  if (items.length === 0) return null;
  return (
    <>
      {/* Room for the bar, so that it never covers the end of the page; on a phone its titles stack. */}
      <div aria-hidden="true" className="no-print h-52 sm:h-28" />
      <section
        aria-labelledby="compare-bar-heading"
        className="no-print fixed inset-x-0 bottom-0 z-20 max-h-[60vh] overflow-y-auto border-t border-stone-400 bg-white/95 shadow-[0_-2px_8px_rgba(0,0,0,0.08)]"
        data-testid="compare-bar"
      >
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-2">
          <h2 id="compare-bar-heading" className="text-sm font-semibold">
            {t('bar')}{' '}
            <span className="font-normal text-stone-700">
              ({t('barCount', { count: formatNumber(items.length, locale), max: formatNumber(MAX_COMPARED, locale) })})
            </span>
          </h2>
          <ol className="flex min-w-0 flex-1 flex-wrap gap-2">
            {items.map((item) => (
              // min-w-0 lets a long title shrink and end in an ellipsis: without it the title kept its
              // whole width and pushed the remove button past the edge of a phone's screen.
              <li key={item.id} className="flex max-w-full min-w-0 items-center gap-1 rounded bg-stone-100 ps-2 text-sm sm:max-w-xs">
                <bdi lang={item.language} dir={item.direction} className="min-w-0 truncate">
                  {item.title}
                </bdi>
                <button
                  type="button"
                  onClick={() => remove(item.id)}
                  aria-label={`${t('remove')}: ${item.title}`}
                  className="min-h-8 min-w-8 shrink-0 rounded text-stone-700 hover:bg-stone-200"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ol>
          {items.length >= MIN_COMPARED ? (
            <Link
              href={{ pathname: '/compare', query: compareQuery(items.map((item) => item.id)) }}
              className="rounded bg-sky-800 px-3 py-1 text-sm font-medium text-white hover:bg-sky-900"
              data-testid="compare-open"
            >
              {t('open')}
            </Link>
          ) : (
            <span className="text-sm text-stone-700">{t('needTwo')}</span>
          )}
          <button type="button" onClick={clear} className="text-sm text-sky-800 underline">
            {t('clear')}
          </button>
        </div>
      </section>
    </>
  );
}
