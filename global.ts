import type messages from './messages/en.json';
import type { routing } from './lib/i18n/routing';

// Types next-intl's locale and message keys for the whole app: getLocale() and useLocale() return
// one of the app's languages, and a translation key that does not exist in English fails to compile.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
