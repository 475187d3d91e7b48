import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import * as z from 'zod';
import { AdminShell } from '@/components/admin/admin-shell';
import { StatusButton } from '@/components/admin/status-button';
import { listAdminArticles } from '@/lib/articles';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { formatDateTime } from '@/lib/i18n/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

// Anything but a sensible page number shows the first page (a huge one would overflow the offset).
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Admin.articles' });
  return { title: t('title') };
}

export default async function AdminArticlesPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: AppLocale };
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale, getPathname({ href: '/admin/articles', locale }));
  const page = pageSchema.parse((await searchParams).page);
  const [listing, t, th] = await Promise.all([listAdminArticles(page), getTranslations('Admin.articles'), getTranslations('Home')]);
  return (
    <AdminShell email={admin.email} current="articles">
      <h1 className="mb-4 text-2xl font-semibold">
        {t('title')} <span className="text-base font-normal text-stone-700">({t('total', { count: listing.total })})</span>
      </h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="admin-articles">
          <thead>
            <tr className="border-b border-stone-300 text-start">
              <th scope="col" className="p-2 text-start">{t('heading')}</th>
              <th scope="col" className="p-2 text-start">{t('state')}</th>
              <th scope="col" className="p-2 text-start">{t('uploaded')}</th>
              <th scope="col" className="p-2 text-start">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {listing.items.map((item) => (
              <tr key={item.id} className="border-b border-stone-200" data-article-id={item.id} data-status={item.status}>
                <td className="p-2">
                  {item.status === 'published' ? (
                    <Link href={`/articles/${item.id}`} className="text-sky-800 underline">
                      <bdi lang={item.language} dir={item.direction}>{item.title}</bdi>
                    </Link>
                  ) : (
                    <bdi lang={item.language} dir={item.direction}>{item.title}</bdi>
                  )}
                </td>
                <td className="p-2" data-field="status">{t(item.status)}</td>
                <td className="p-2">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
                </td>
                <td className="p-2">
                  <div className="flex flex-wrap gap-2">
                    <Link href={`/admin/articles/${item.id}/edit`} className="rounded border border-stone-400 px-2 py-0.5 hover:bg-stone-100" data-action="edit">
                      {t('edit')}
                    </Link>
                    <StatusButton id={item.id} status={item.status} title={item.title} />
                    <Link href={{ pathname: '/admin/audit', query: { article: item.id } }} className="px-2 py-0.5 text-sky-800 underline">
                      {t('history')}
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listing.pageCount > 1 && (
        <nav aria-label={th('pagination')} className="mt-4 flex gap-4">
          {page > 1 && <Link href={{ pathname: '/admin/articles', query: { page: page - 1 } }}>{th('previous')}</Link>}
          <span>{th('page', { page, count: listing.pageCount })}</span>
          {page < listing.pageCount && <Link href={{ pathname: '/admin/articles', query: { page: page + 1 } }}>{th('next')}</Link>}
        </nav>
      )}
    </AdminShell>
  );
}
