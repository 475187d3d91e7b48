import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminShell } from '@/components/admin/admin-shell';
import { EditForm } from '@/components/admin/edit-form';
import { StatusButton } from '@/components/admin/status-button';
import { TranslationsSection } from '@/components/translations/admin/translations-section';
import { getAdminArticle } from '@/lib/articles';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = PageProps<'/[locale]/admin/articles/[id]/edit'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.edit' });
  return { title: t('title') };
}

export default async function EditArticlePage({ params }: Props) {
  const [locale, { id }] = await Promise.all([pageLocale(params), params]);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale, getPathname({ href: `/admin/articles/${encodeURIComponent(id)}/edit`, locale }));
  const article = await getAdminArticle(id);
  if (!article) notFound();
  const t = await getTranslations('Admin.edit');
  const tf = await getTranslations('RawFile');
  return (
    <AdminShell email={admin.email} current={null}>
      <p className="mb-2">
        <Link href="/admin/articles" className="text-sky-800 underline">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t('back')}
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-lg" lang={article.language} dir={article.direction}>
        {article.title}
      </p>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        {article.status === 'unpublished' ? (
          <p className="rounded bg-amber-100 px-2 py-1 text-amber-900" data-testid="unpublished-note">
            {t('statusNote')}
          </p>
        ) : (
          <Link href={`/articles/${article.id}`} className="text-sky-800 underline">
            {t('view')}
          </Link>
        )}
        <StatusButton id={article.id} status={article.status} title={article.title} />
        {article.fileName && (
          // A plain link: the endpoint answers with an attachment, never a page.
          <a href={`/api/admin/articles/${article.id}/raw`} download className="text-sky-800 underline" data-testid="download-original">
            {tf('download')} (<bdi dir="ltr">{article.fileName}</bdi>)
          </a>
        )}
      </div>
      <EditForm id={article.id} values={article} />
      <TranslationsSection article={article} />
    </AdminShell>
  );
}
