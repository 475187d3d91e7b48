import { publicPrefix } from './internal-locale-path';
import { routing, type AppLocale } from './routing';

/**
 * The not-found page as a page of its own (app/[locale]/missing), which Next renders into HTML.
 * The production server asks itself for it, with this header, for the address that was not
 * found; the proxy then rewrites that address to the page, so the browser keeps its address
 * (lib/ops/not-found-answer.ts).
 */
export const NOT_FOUND_PAGE_HEADER = 'x-reading-room-not-found-page';

/** The page's internal path in a language: `/fa-AF/missing` for Dari. */
export const missingPageRoute = (locale: AppLocale) => `/${locale}/missing`;

// Its public paths (`/fa/missing`) and the internal ones next-intl rewrites them to.
const PATHS = new Set(routing.locales.flatMap((locale) => [`${publicPrefix(locale)}/missing`, missingPageRoute(locale)]));

/** The page's own address: answered 404 too, since it is what is missing, not a page. */
export const isMissingPagePath = (pathname: string) => PATHS.has(pathname);
