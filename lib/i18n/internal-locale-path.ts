import { LOCALES, routing, type AppLocale } from './routing';

const prefixes = (routing.localePrefix as { prefixes?: Partial<Record<AppLocale, string>> }).prefixes ?? {};

/**
 * The locale of a path already in the app's internal form (`/fa-AF/...`) for a locale whose
 * public prefix differs (`/fa`). next-intl rewrites `/fa` to `/fa-AF`; behind a custom server
 * (scripts/serve.ts) Next runs the proxy again on the rewritten path, where next-intl finds no
 * known prefix and redirected to `/en/fa-AF`, a 404. Such a path is served as that locale.
 */
export function internalLocaleOfPath(pathname: string): AppLocale | null {
  const segment = pathname.split('/')[1] ?? '';
  const locale = LOCALES.find((l) => l === segment);
  return locale && prefixes[locale] && prefixes[locale] !== `/${locale}` ? locale : null;
}
