import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'vi', 'fa-AF', 'ar'] as const;
export type AppLocale = (typeof LOCALES)[number];

// Dari is `fa-AF` (Afghan month names, Afghan spelling); a short `/fa` reads better in links.
export const LOCALE_PREFIXES: Partial<Record<AppLocale, string>> = { 'fa-AF': '/fa' };

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  localePrefix: { mode: 'always', prefixes: LOCALE_PREFIXES },
});
