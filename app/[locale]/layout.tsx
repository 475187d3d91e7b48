import '@fontsource-variable/noto-sans';
import '@fontsource-variable/vazirmatn';
import '../globals.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { RememberLocale } from '@/components/layout/remember-locale';
import { SiteHeader } from '@/components/layout/site-header';
import { pickMessages, READER_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';
import { localeDirection } from '@/lib/i18n/locale';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  // Rendered per request: Next.js can put the request's CSP nonce (proxy.ts) on its scripts only then.
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  const messages = await getMessages();
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:inset-s-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={pickMessages(messages, READER_CLIENT_MESSAGES)}>
          <RememberLocale locale={locale} />
          <SiteHeader />
          <main id="main" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
