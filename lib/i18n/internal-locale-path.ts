import { LOCALE_PREFIXES, LOCALES, routing, type AppLocale } from './routing';

/** The path prefix readers see for a locale: `/fa` for Dari, `/en` for English. */
export const publicPrefix = (locale: AppLocale) => LOCALE_PREFIXES[locale] ?? `/${locale}`;

/**
 * The locale of a path already in the app's internal form (`/fa-AF/...`) for a locale whose
 * public prefix differs (`/fa`). next-intl rewrites `/fa` to `/fa-AF`; behind a custom server
 * (scripts/serve.ts) Next runs the proxy again on the rewritten path, where next-intl finds no
 * known prefix and redirected to `/en/fa-AF`, a 404. Such a path is served as that locale.
 */
export function internalLocaleOfPath(pathname: string): AppLocale | null {
  const segment = pathname.split('/')[1] ?? '';
  const locale = LOCALES.find((l) => l === segment);
  return locale && publicPrefix(locale) !== `/${locale}` ? locale : null;
}

/**
 * The interface language named by the path's first segment, public (`/fa/...` is Dari) or
 * internal (`/fa-AF/...`), else English: for answers made outside the app's pages (the 503 page,
 * the not-found page).
 */
export function localeOfPath(pathname: string): AppLocale {
  const segment = pathname.split('/')[1] ?? '';
  return LOCALES.find((locale) => publicPrefix(locale) === `/${segment}` || locale === segment) ?? routing.defaultLocale;
}

/** The language a path starts with (public or internal form) and the segments after it; null when it starts with none. */
export function splitLocalePath(pathname: string): { locale: AppLocale; rest: string[] } | null {
  const [, first = '', ...rest] = pathname.split('/');
  const locale = LOCALES.find((l) => publicPrefix(l) === `/${first}` || l === first);
  if (!locale) return null;
  if (rest.at(-1) === '') rest.pop();
  return { locale, rest };
}
