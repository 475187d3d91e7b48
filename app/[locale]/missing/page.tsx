import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import NotFound from '../not-found';
import { pageLocale } from '@/lib/i18n/page-locale';

/**
 * The not-found page as a page of its own, which Next renders into complete HTML: a `notFound()`
 * from a page reaches the browser as an empty document that only JavaScript fills. The proxy
 * rewrites every address that names nothing to it, with status 404 (proxy.ts).
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/missing'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default NotFound;
