import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { CiteButton } from '@/components/article/cite-button';
import { RelatedCoverage } from '@/components/article/related-coverage';
import { AddToComparison } from '@/components/compare/add-to-comparison';
import { CompareBar } from '@/components/compare/compare-bar';
import { MetadataPanel } from '@/components/article/metadata-panel';
import { viewHref } from '@/components/filters/view-href';
import { ArticleReading } from '@/components/translations/article-reading';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { getArticle, parseFilters, slugify } from '@/lib/articles';
import { relatedCoverage, relatedWindowParam, RELATED_WINDOW_PARAM } from '@/lib/articles/related';
import { parsePassage, passageFits } from '@/lib/passages';
import { highlightTermsIn } from '@/lib/search/highlight';
import { highlightWords, parseQuery } from '@/lib/search/query';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routing } from '@/lib/i18n/routing';
import { listTranslations } from '@/lib/translations/store';
import { readingChoice } from '@/lib/translations/view';

type Props = PageProps<'/[locale]/articles/[id]/[[...slug]]'>;

// generateMetadata and the page ask for the same article; one query serves both.
const loadArticle = cache(getArticle);

function articleHref(id: string, title: string) {
  return `/articles/${id}/${encodeURIComponent(slugify(title))}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { id }] = await Promise.all([pageLocale(params), params]);
  const article = await loadArticle(id);
  if (!article) {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('title'), robots: { index: false } };
  }
  const href = articleHref(article.id, article.title);
  const description = (article.paragraphs[0] ?? article.title).slice(0, 200);
  const languages = Object.fromEntries(routing.locales.map((l) => [l, getPathname({ href, locale: l })]));
  return {
    title: article.title,
    description,
    alternates: {
      canonical: getPathname({ href, locale }),
      languages: { ...languages, 'x-default': getPathname({ href, locale: routing.defaultLocale }) },
    },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: getPathname({ href, locale }),
      locale: article.language.replace('-', '_'),
      ...(article.publishedAt && article.datePrecision === 'day' && { publishedTime: article.publishedAt }),
      ...(article.source && { siteName: article.source }),
    },
    twitter: { card: 'summary', title: article.title, description },
    other: { 'article:language': article.language },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [locale, { id }] = await Promise.all([pageLocale(params), params]);
  setRequestLocale(locale);
  const article = await loadArticle(id);
  if (!article) notFound();
  const raw = await searchParams;
  const relatedWindow = relatedWindowParam(raw[RELATED_WINDOW_PARAM]);
  const [t, tp, related, translations] = await Promise.all([
    getTranslations('Article'),
    getTranslations('Reading.passage'),
    relatedCoverage(article, relatedWindow.days),
    listTranslations(article.id),
  ]);
  // The list's view rides along on the article's address (as the list links it): the way back
  // keeps it. Only parsed, canonical filters make the link, always to the reading room itself.
  const listView = parseFilters(raw).filters;
  const { q } = listView;
  // Decided over the whole article: words that stand together anywhere are marked only together.
  const words = q ? highlightTermsIn(highlightWords(parseQuery(q)), [article.title, ...article.paragraphs]) : new Set<string>();
  const path = getPathname({ href: articleHref(article.id, article.title), locale });
  // Cited and printed: the short address, which always leads to the article, not its long slug.
  const permalinkPath = getPathname({ href: `/articles/${article.id}`, locale });
  // A passage that is malformed or not in this article is named, and the whole article is shown.
  const passageValue = typeof raw.passage === 'string' ? raw.passage : undefined;
  const parsedPassage = parsePassage(passageValue);
  const passage = parsedPassage && passageFits(parsedPassage, article.paragraphs) ? parsedPassage : null;
  // The citation gives the translated title of the translation being read, or of the first one.
  const cited = translations.find(
    (tr) =>
      tr.language ===
      readingChoice(
        raw,
        translations.map((tr) => tr.language),
      ).language,
  );
  return (
    <div>
      <div className="no-print mb-4 flex flex-wrap items-start justify-between gap-2">
        <Link href={viewHref(listView)} className="text-sky-800 underline" data-testid="back-to-list">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t('back')}
        </Link>
        <div className="flex flex-wrap items-start gap-2">
          <AddToComparison item={{ id: article.id, title: article.title, language: article.language, direction: article.direction }} />
          <CiteButton
            article={{
              source: article.source,
              title: article.title,
              direction: article.direction,
              dateText: article.dateText,
              publishedAt: article.publishedAt,
              datePrecision: article.datePrecision,
            }}
            permalinkPath={permalinkPath}
            translatedTitle={cited ? { text: cited.title, direction: cited.direction } : null}
          />
          <CopyLinkButton
            path={permalinkPath}
            label={t('copyArticleLink')}
            copiedLabel={t('copied')}
            failedLabel={tp('failed')}
            testId="copy-article-link"
          />
        </div>
      </div>
      {passageValue !== undefined && !passage && (
        <p role="alert" className="no-print mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="passage-invalid">
          {tp('notFound', { value: passageValue.slice(0, 40) })}
        </p>
      )}
      <div className="article-layout grid gap-6 lg:grid-cols-[1fr_20rem]" data-testid="article-layout">
        <ArticleReading
          article={article}
          path={path}
          highlightWords={words}
          passage={passage}
          translations={translations}
          searchParams={raw}
          q={q}
        />
        <MetadataPanel article={article} permalinkPath={permalinkPath} />
      </div>
      <div className="mt-6">
        <RelatedCoverage article={article} related={related} asked={relatedWindow} params={raw} />
      </div>
      <CompareBar />
    </div>
  );
}
