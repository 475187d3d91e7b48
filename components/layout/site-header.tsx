import { getLocale, getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { localeDirection } from '@/lib/i18n/locale';
import { routing } from '@/lib/i18n/routing';
import { LocaleSwitcher, type LocaleOption } from './locale-switcher';

export async function SiteHeader() {
  const t = await getTranslations('Site');
  const current = await getLocale();
  // Each language named in itself, so a reader who can't read the current UI still finds theirs.
  const options: LocaleOption[] = routing.locales.map((locale) => ({
    locale,
    label: languageName(locale, locale),
    dir: localeDirection(locale),
  }));
  return (
    <header className="no-print border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className="text-xl font-semibold text-stone-900 hover:underline">
            {t('name')}
          </Link>
          <p className="text-sm text-stone-600">{t('tagline')}</p>
        </div>
        {/* No Suspense boundary around it: its content would be streamed into a hidden block that
            only JavaScript reveals, leaving readers without it no way to change language. */}
        <nav aria-label={t('languageSwitcher')}>
          <LocaleSwitcher options={options} current={current} label={t('languageSwitcher')} />
        </nav>
      </div>
    </header>
  );
}
