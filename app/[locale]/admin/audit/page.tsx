import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminShell } from '@/components/admin/admin-shell';
import { AuditChanges } from '@/components/admin/audit-changes';
import { listAudit } from '@/lib/articles';
import { describeAudit } from '@/lib/articles/audit-describe';
import { parseArticleId } from '@/lib/articles/ids';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { formatDateTime, languageName } from '@/lib/i18n/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

// The table's columns, as their headers' message keys.
const COLUMNS = ['at', 'actor', 'action', 'article', 'changes'] as const;

type Props = PageProps<'/[locale]/admin/audit'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  return { title: t('title') };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale, getPathname({ href: '/admin/audit', locale }));
  const query = await searchParams;
  const article = parseArticleId(query.article) ?? undefined;
  const before = typeof query.before === 'string' && /^\d{1,18}$/.test(query.before) ? BigInt(query.before) : undefined;
  const [{ entries, nextBefore }, t] = await Promise.all([listAudit({ articleId: article, before }), getTranslations('Admin.audit')]);
  return (
    <AdminShell email={admin.email} current="audit">
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-stone-700">{t('intro')}</p>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm" data-testid="audit-log">
            <thead>
              <tr className="border-b border-stone-300">
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="p-2 text-start">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const described = describeAudit(entry.action, entry.changes);
                // The generator's entries have no wording of their own.
                const known = entry.action === 'bulk_generate' ? 'other' : entry.action;
                return (
                  <tr
                    key={entry.id}
                    className="border-b border-stone-200 align-top"
                    data-action={entry.action}
                    data-article-id={entry.articleId ?? ''}
                  >
                    <td className="p-2 whitespace-nowrap">
                      <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                    </td>
                    <td className="p-2">
                      <bdi dir="ltr">{entry.actor}</bdi>
                    </td>
                    <td className="p-2" data-testid="audit-action">
                      {t(`did.${known}`, { language: described.language ? languageName(described.language, locale) : '—' })}
                    </td>
                    <td className="p-2">
                      {entry.articleId && (
                        <Link href={`/admin/articles/${entry.articleId}/edit`} className="text-sky-800 underline">
                          <bdi lang={entry.articleLanguage ?? undefined} dir={entry.articleDirection ?? undefined}>
                            {entry.articleTitle ?? entry.articleId}
                          </bdi>
                        </Link>
                      )}
                    </td>
                    <td className="p-2">
                      <AuditChanges lines={described.lines} locale={locale} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && (
        <p className="mt-4">
          <Link
            href={{ pathname: '/admin/audit', query: { ...(article && { article }), before: nextBefore } }}
            className="text-sky-800 underline"
          >
            {t('older')}
          </Link>
        </p>
      )}
    </AdminShell>
  );
}
