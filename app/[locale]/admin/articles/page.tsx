import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminShell } from '@/components/admin/admin-shell';
import { ArticlesFilters } from '@/components/admin/articles-filters';
import { StatusButton } from '@/components/admin/status-button';
import { adminListChoices, adminListQuery, listAdminPage, parseAdminListParams } from '@/lib/articles/admin-list';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { formatDateTime, formatNumber, languageName } from '@/lib/i18n/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

// The table's columns, as their headers' message keys.
const COLUMNS = ['heading', 'language', 'state', 'uploaded', 'actions'] as const;

type Props = PageProps<'/[locale]/admin/articles'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.articles' });
  return { title: t('title') };
}

// On a phone each row becomes a card (the table's cells stacked, each with its label), so the
// actions never sit off screen; from md up it is a table again.
const cell = 'p-2 max-md:block max-md:px-0 max-md:py-1';
const label = 'me-1 font-medium md:hidden';

export default async function AdminArticlesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const here = getPathname({ href: '/admin/articles', locale });
  const admin = await requireAdminPage(locale, here);
  const filters = parseAdminListParams(await searchParams);
  const [listing, choices, t, th] = await Promise.all([
    listAdminPage(filters),
    adminListChoices(),
    getTranslations('Admin.articles'),
    getTranslations('Home'),
  ]);
  const filtered = Boolean(filters.q || filters.status || filters.language || filters.pair);
  const pageHref = (page: number) => ({ pathname: '/admin/articles' as const, query: adminListQuery(filters, page) });
  return (
    <AdminShell email={admin.email} current="articles">
      <h1 className="mb-4 text-2xl font-semibold">
        {t('title')}{' '}
        <span className="text-base font-normal text-stone-700" data-testid="admin-articles-total">
          ({listing.more ? t('totalMore', { count: listing.total }) : t('total', { count: listing.total })})
        </span>
      </h1>
      <ArticlesFilters filters={filters} languages={choices.languages} pairs={choices.pairs} locale={locale} action={here} />
      {filtered && (
        <p className="mb-3">
          <Link href="/admin/articles" className="text-sky-800 underline" data-testid="clear-filters">
            {t('clearFilters')}
          </Link>
        </p>
      )}
      {listing.items.length === 0 ? (
        <p data-testid="admin-articles-empty">{filtered ? t('noneMatch') : t('none')}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm max-md:block max-md:bg-transparent" data-testid="admin-articles">
          <thead className="max-md:hidden">
            <tr className="border-b border-stone-300 text-start">
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="p-2 text-start">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-md:block max-md:space-y-3">
            {listing.items.map((item) => (
              <tr
                key={item.id}
                className="border-b border-stone-200 max-md:block max-md:rounded max-md:border max-md:border-stone-300 max-md:bg-white max-md:p-3"
                data-article-id={item.id}
                data-status={item.status}
              >
                <td className={`${cell} max-md:text-base max-md:font-medium`}>
                  {item.status === 'published' ? (
                    <Link href={`/articles/${item.id}`} className="text-sky-800 underline">
                      <bdi lang={item.language} dir={item.direction}>
                        {item.title}
                      </bdi>
                    </Link>
                  ) : (
                    <bdi lang={item.language} dir={item.direction}>
                      {item.title}
                    </bdi>
                  )}
                  {(item.source || item.author) && (
                    <span className="block text-xs font-normal text-stone-700">
                      <bdi>{[item.source, item.author].filter(Boolean).join(' · ')}</bdi>
                    </span>
                  )}
                </td>
                <td className={cell} data-field="language" data-language={item.language}>
                  <span className={label}>{t('language')}:</span>
                  {languageName(item.language, locale)}
                </td>
                <td className={cell} data-field="status">
                  <span className={label}>{t('state')}:</span>
                  {t(item.status)}
                </td>
                <td className={cell}>
                  <span className={label}>{t('uploaded')}:</span>
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
                </td>
                <td className={cell} data-field="actions">
                  <div className="flex flex-wrap items-start gap-2">
                    <Link
                      href={`/admin/articles/${item.id}/edit`}
                      className="rounded border border-stone-400 px-2 py-0.5 hover:bg-stone-100"
                      data-action="edit"
                    >
                      {t('edit')}
                    </Link>
                    <StatusButton key={item.status} id={item.id} status={item.status} title={item.title} />
                    <Link
                      href={{ pathname: '/admin/audit', query: { article: item.id } }}
                      className="px-2 py-0.5 text-sky-800 underline"
                      data-action="history"
                    >
                      {t('history')}
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(listing.pageCount > 1 || filters.page > 1) && (
        <nav aria-label={th('pagination')} className="mt-4 flex flex-wrap gap-4" data-testid="admin-articles-pages">
          {filters.page > 1 && (
            // Past the last page (a stale link, fewer matches now) "previous" leads to the last one.
            <Link href={pageHref(Math.min(filters.page - 1, listing.pageCount))} rel="prev" data-testid="previous-page">
              {th('previous')}
            </Link>
          )}
          {filters.page <= listing.pageCount && (
            <span>{th('page', { page: formatNumber(filters.page, locale), count: formatNumber(listing.pageCount, locale) })}</span>
          )}
          {filters.page < listing.pageCount && (
            <Link href={pageHref(filters.page + 1)} rel="next" data-testid="next-page">
              {th('next')}
            </Link>
          )}
        </nav>
      )}
    </AdminShell>
  );
}
