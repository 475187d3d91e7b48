import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleDetail } from '@/lib/articles/types';
import { HighlightedText } from '@/components/list/highlighted-text';
import { highlight } from '@/lib/search/highlight';
import { localeDirection } from '@/lib/i18n/locale';
import { paragraphAnchor, type Passage } from '@/lib/passages';
import { ArticleParagraph } from './article-paragraph';
import { describePassage } from './describe-passage';
import { PassageLinkButton } from './passage-link-button';
import { PassageSelection } from './passage-selection';

/**
 * The article in its own language and direction. Paragraph anchors are `p-1`, `p-2`…: positions
 * in the stored text, which the ingester never reorders, so a shared anchor or passage link keeps
 * pointing at the same paragraph.
 */
export async function ArticleText({
  article,
  highlightWords,
  passage,
}: {
  article: ArticleDetail;
  highlightWords: ReadonlySet<string>;
  passage: Passage | null;
}) {
  const t = await getTranslations('Article');
  const tp = await getTranslations('Reading.passage');
  // Controls and headings are UI text: they carry the UI language, not the article's.
  const locale = await getLocale();
  const ui = { lang: locale, dir: localeDirection(locale) };
  const where = passage ? describePassage(passage, tp, locale) : '';
  return (
    <article lang={article.language} dir={article.direction} className="article-text rounded border border-stone-300 bg-white p-6">
      <h1 className="text-2xl leading-snug font-bold md:text-3xl">
        {highlightWords.size > 0 ? <HighlightedText segments={highlight(article.title, highlightWords)} /> : article.title}
      </h1>
      {highlightWords.size > 0 && (
        <p {...ui} className="no-print mt-2 text-sm text-stone-700">
          {t('searchHighlighted')}
        </p>
      )}
      {passage && (
        <p {...ui} className="no-print mt-2 text-sm text-stone-700" data-testid="passage-note">
          {tp('shared', { where })}{' '}
          <a href={`#${paragraphAnchor(passage.start)}`} className="text-sky-800 underline">
            {tp('goTo')}
          </a>
        </p>
      )}
      <PassageSelection>
        <div className="mt-6 space-y-4 text-lg leading-relaxed">
          {article.paragraphs.map((paragraph, index) => (
            // Positioned: a paragraph link that could not be copied is shown across the row, under it.
            <div key={index} className="relative flex items-start gap-3">
              <ArticleParagraph number={index + 1} text={paragraph} highlightWords={highlightWords} passage={passage} />
              <span {...ui} className="no-print shrink-0 pt-1">
                <PassageLinkButton number={index + 1} />
              </span>
            </div>
          ))}
        </div>
      </PassageSelection>
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
