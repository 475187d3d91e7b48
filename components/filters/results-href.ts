import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { RESULTS_FRAGMENT } from '@/lib/url/results-fragment';
import type { ViewHref } from './view-href';

/**
 * A plain link to a view that lands on its results (components/list/results-focus.tsx): facet
 * values, dates, pages and the way back. A view without filters is the bare language path, with
 * no empty `?` that would make it another address for the same page.
 */
export function resultsHref(href: ViewHref, locale: AppLocale): string {
  return `${getPathname({ href, locale }).replace(/\?$/, '')}#${RESULTS_FRAGMENT}`;
}
