import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LoginForm } from '@/components/admin/login-form';
import { currentAdmin } from '@/lib/auth/require-admin';
import { redirect } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = PageProps<'/[locale]/admin/login'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.login' });
  return { title: t('title') };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const next = typeof query.next === 'string' ? query.next : null;
  if (await currentAdmin()) redirect({ href: '/admin/upload', locale });
  const t = await getTranslations('Admin.login');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-stone-700">{t('intro')}</p>
      <LoginForm locale={locale} next={next} notice={query.signedOut ? 'signedOut' : next ? 'expired' : null} />
    </div>
  );
}
