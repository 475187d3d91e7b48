'use client';

import { useEffect } from 'react';

/** next-intl's cookie (lib/i18n/routing.ts): the language a bare address opens in. */
const LOCALE_COOKIE = 'NEXT_LOCALE';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Remembers the language of the page being read, so that the bare address opens in it next
 * time. Set here rather than by the proxy, whose pages go to shared caches and so carry no
 * cookie of one reader (lib/http/shared-page.ts).
 */
export function RememberLocale({ locale }: { locale: string }) {
  useEffect(() => {
    const current = document.cookie.split('; ').find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
    if (current !== `${LOCALE_COOKIE}=${locale}`) {
      document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
    }
  }, [locale]);
  return null;
}
