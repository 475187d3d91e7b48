import type { AppLocale } from './routing';

/**
 * The not-found page as a page of its own (app/[locale]/missing), which Next renders into HTML.
 * The proxy rewrites an address that names nothing to it, with status 404, so the browser keeps
 * its address; the page's own address names nothing either, and gets the same answer.
 */
export const missingPageRoute = (locale: AppLocale) => `/${locale}/missing`;
