import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CompareBar } from '@/components/compare/compare-bar';
import { CompareColumn } from '@/components/compare/compare-column';
import { CompareProblems } from '@/components/compare/compare-problems';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { slugify } from '@/lib/articles/slug';
import { loadComparison } from '@/lib/compare/load';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = PageProps<'/[locale]/compare'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Reading.compare' });
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

// Column counts as whole class names, so that Tailwind generates them.
const COLUMNS: Record<number, string> = { 2: 'md:grid-cols-2', 3: 'md:grid-cols-3' };

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const [comparison, t, ta, tp] = await Promise.all([
    loadComparison((await searchParams).ids),
    getTranslations('Reading.compare'),
    getTranslations('Article'),
    getTranslations('Reading.passage'),
  ]);
  const ids = comparison.articles.map((article) => article.id);
  return (
    <div>
      <div className="no-print mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {!comparison.tooFew && <CopyLinkButton path={null} label={t('copyLink')} copiedLabel={ta('copied')} failedLabel={tp('failed')} />}
      </div>
      <CompareProblems problems={comparison.problems} />
      {comparison.tooFew ? (
        <div className="rounded border border-stone-300 bg-white p-6" data-testid="compare-too-few">
          <p>{t('tooFew')}</p>
          {comparison.articles.length > 0 && (
            <p className="mt-2">
              {t('remaining')}{' '}
              {comparison.articles.map((article) => (
                <Link
                  key={article.id}
                  href={`/articles/${article.id}/${encodeURIComponent(slugify(article.title))}`}
                  lang={article.language}
                  dir={article.direction}
                  className="text-sky-800 underline"
                >
                  {article.title}
                </Link>
              ))}
            </p>
          )}
        </div>
      ) : (
        <div className={`grid grid-cols-1 gap-x-4 gap-y-6 md:gap-y-0 ${COLUMNS[comparison.articles.length]}`} data-testid="compare-grid">
          {comparison.articles.map((article, index) => (
            <CompareColumn key={article.id} article={article} position={index + 1} others={ids.filter((id) => id !== article.id)} />
          ))}
        </div>
      )}
      <CompareBar />
    </div>
  );
}
