import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminShell } from '@/components/admin/admin-shell';
import { UploadForm } from '@/components/admin/upload-form';
import { UPLOAD_MAX_BYTES } from '@/lib/articles';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { getPathname } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = PageProps<'/[locale]/admin/upload'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.upload' });
  return { title: t('title') };
}

export default async function UploadPage({ params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale, getPathname({ href: '/admin/upload', locale }));
  const t = await getTranslations('Admin.upload');
  return (
    <AdminShell email={admin.email} current="upload">
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 max-w-3xl text-stone-700">{t('intro')}</p>
      <UploadForm maxBytes={UPLOAD_MAX_BYTES} />
    </AdminShell>
  );
}
