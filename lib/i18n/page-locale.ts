import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { routing, type AppLocale } from './routing';

/**
 * A page's language from its route parameters, typed. The locale layout has already answered any
 * other value with the not-found page; this narrows the type without a cast.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
