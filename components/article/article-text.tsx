import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleDetail } from '@/lib/articles/types';
import { HighlightedText } from '@/components/list/highlighted-text';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { highlight } from '@/lib/search/highlight';
import { localeDirection } from '@/lib/i18n/locale';
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * The article in its own language and direction. Paragraph anchors are `p-1`, `p-2`…: positions
 * in the stored text, which the ingester never reorders, so a shared anchor keeps pointing at
 * the same paragraph.
 */
export async function ArticleText({ article, path, highlightWords }: { article: ArticleDetail; path: string; highlightWords: ReadonlySet<string> }) {
  const t = await getTranslations('Article');
  // Controls and headings are UI text: they carry the UI language, not the article's.
  const locale = (await getLocale()) as AppLocale;
  const ui = { lang: locale, dir: localeDirection(locale) };
  return (
    <article lang={article.language} dir={article.direction} className="rounded border border-stone-300 bg-white p-6">
      <h1 className="text-2xl font-bold leading-snug md:text-3xl">
        {highlightWords.size > 0 ? <HighlightedText segments={highlight(article.title, highlightWords)} /> : article.title}
      </h1>
      {highlightWords.size > 0 && (
        <p {...ui} className="no-print mt-2 text-sm text-stone-700">
          {t('searchHighlighted')}
        </p>
      )}
      <div className="mt-6 space-y-4 text-lg leading-relaxed">
        {article.paragraphs.map((paragraph, index) => {
          const number = index + 1;
          return (
            <div key={number} className="group flex items-start gap-3">
              <p id={`p-${number}`} className="paragraph flex-1">
                {highlightWords.size > 0 ? <HighlightedText segments={highlight(paragraph, highlightWords)} /> : paragraph}
              </p>
              <span {...ui} className="no-print shrink-0 pt-1">
                <CopyLinkButton
                  path={`${path}#p-${number}`}
                  label={t('copyParagraphLink', { number })}
                  copiedLabel={t('copied')}
                  failedLabel={t.raw('copyFailed') as string}
                  className="rounded px-1 text-sm text-sky-800 hover:bg-sky-100 focus-visible:outline-2"
                >
                  <span aria-hidden="true">¶{number}</span>
                </CopyLinkButton>
              </span>
            </div>
          );
        })}
      </div>
      {article.captions.length > 0 && (
        <section className="mt-8 border-t border-stone-200 pt-4" aria-labelledby="captions-heading">
          <h2 id="captions-heading" {...ui} className="text-base font-semibold">
            {t('captions')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 ps-6 text-stone-700">
            {article.captions.map((caption) => (
              <li key={caption}>{caption}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
