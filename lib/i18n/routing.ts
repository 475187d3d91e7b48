import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'vi', 'fa-AF', 'ar'] as const;
export type AppLocale = (typeof LOCALES)[number];

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  // Dari is `fa-AF` (Afghan month names, Afghan spelling); a short `/fa` reads better in links.
  localePrefix: { mode: 'always', prefixes: { 'fa-AF': '/fa' } },
});
