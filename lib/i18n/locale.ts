import type { AppLocale } from './routing';

// A fixed map rather than Intl.Locale#textInfo: Node exposes a getter and Chromium a method,
// and the two would disagree during hydration.
const DIRECTION: Record<AppLocale, 'ltr' | 'rtl'> = { en: 'ltr', vi: 'ltr', 'fa-AF': 'rtl', ar: 'rtl' };

export function localeDirection(locale: AppLocale): 'ltr' | 'rtl' {
  return DIRECTION[locale];
}

/** Direction of a stored article's language tag; unknown languages read left to right. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  const language = tag.split('-')[0];
  return ['ar', 'fa', 'ur', 'ps', 'he', 'yi', 'ckb', 'sd', 'ug'].includes(language ?? '') ? 'rtl' : 'ltr';
}
