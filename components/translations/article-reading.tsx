import NextLink from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleParagraph } from '@/components/article/article-paragraph';
import { ArticleText } from '@/components/article/article-text';
import { HighlightedText } from '@/components/list/highlighted-text';
import type { ArticleDetail } from '@/lib/articles/types';
import { languageName } from '@/lib/i18n/format';
import { localeDirection } from '@/lib/i18n/locale';
import type { Passage } from '@/lib/passages';
import { highlight } from '@/lib/search/highlight';
import { alignedRows } from '@/lib/translations/alignment';
import type { ArticleTranslationView } from '@/lib/translations/types';
import { readingChoice, readingQuery, type ReadingChoice, type ReadingView } from '@/lib/translations/view';

type Params = Record<string, string | string[] | undefined>;

interface Props {
  article: ArticleDetail;
  /** The article's localised path, for paragraph links and the view switcher. */
  path: string;
  highlightWords: ReadonlySet<string>;
  /** A shared passage of the original, marked wherever the original is shown. */
  passage: Passage | null;
  translations: ArticleTranslationView[];
  searchParams: Params;
  q: string | null;
}

function Marked({ text, words }: { text: string; words: ReadonlySet<string> }) {
  return words.size > 0 ? <HighlightedText segments={highlight(text, words)} /> : text;
}

/**
 * The article as its reader asks for it: the original (the article page's usual text), an
 * attached translation, or both side by side with their paragraphs aligned row by row. Without
 * translations it is just the original.
 */
export async function ArticleReading({ article, path, highlightWords, passage, translations, searchParams, q }: Props) {
  if (translations.length === 0) return <ArticleText article={article} highlightWords={highlightWords} passage={passage} />;
  const languages = translations.map((t) => t.language);
  const choice = readingChoice(searchParams, languages);
  const translation = translations.find((t) => t.language === choice.language)!;
  return (
    <div className="min-w-0 space-y-4">
      <ReadingSwitcher article={article} path={path} choice={choice} languages={languages} carried={carried(searchParams, q)} />
      {choice.view === 'original' && <ArticleText article={article} highlightWords={highlightWords} passage={passage} />}
      {choice.view === 'translation' && <TranslationText article={article} translation={translation} highlightWords={highlightWords} />}
      {choice.view === 'both' && (
        <SideBySide article={article} translation={translation} highlightWords={highlightWords} passage={passage} />
      )}
    </div>
  );
}

/** What a change of view keeps from the current link: the search words and a shared passage. */
function carried(params: Params, q: string | null): Record<string, string> {
  const passage = typeof params.passage === 'string' ? params.passage : null;
  return { ...(q && { q }), ...(passage && { passage }) };
}

async function ReadingSwitcher({
  article,
  path,
  choice,
  languages,
  carried,
}: {
  article: ArticleDetail;
  path: string;
  choice: ReadingChoice;
  languages: string[];
  carried: Record<string, string>;
}) {
  const t = await getTranslations('Translations.reading');
  const locale = await getLocale();
  const href = (next: ReadingChoice) => {
    const query = new URLSearchParams(readingQuery(next, carried, languages)).toString();
    return query ? `${path}?${query}` : path;
  };
  const link = (next: ReadingChoice, label: string, current: boolean, testId: string) => (
    <NextLink
      href={href(next)}
      aria-current={current ? 'page' : undefined}
      data-testid={testId}
      className={`rounded px-3 py-1 focus-visible:outline-2 focus-visible:outline-sky-800 ${current ? 'bg-sky-800 text-white' : 'text-sky-900 hover:bg-sky-100'}`}
    >
      {label}
    </NextLink>
  );
  const views: { view: ReadingView; label: string }[] = [
    { view: 'original', label: t('original', { language: languageName(article.language, locale) }) },
    { view: 'translation', label: t('translation', { language: languageName(choice.language!, locale) }) },
    { view: 'both', label: t('both') },
  ];
  return (
    <nav
      aria-label={t('label')}
      className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 rounded border border-stone-300 bg-white p-2"
      data-testid="reading-switcher"
    >
      <ul className="flex flex-wrap gap-1">
        {views.map(({ view, label }) => (
          <li key={view}>{link({ ...choice, view }, label, choice.view === view, `view-${view}`)}</li>
        ))}
      </ul>
      {languages.length > 1 && choice.view !== 'original' && (
        <div className="flex flex-wrap items-center gap-1">
          <span id="translation-language-label" className="text-sm text-stone-700">
            {t('languageLabel')}
          </span>
          <ul className="flex flex-wrap gap-1" aria-labelledby="translation-language-label">
            {languages.map((language) => (
              <li key={language}>
                {link({ ...choice, language }, languageName(language, locale), language === choice.language, `tl-${language}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}

async function TranslationNote({ article, translation }: { article: ArticleDetail; translation: ArticleTranslationView }) {
  const t = await getTranslations('Translations.reading');
  const locale = await getLocale();
  return (
    <p lang={locale} dir={localeDirection(locale)} className="mt-2 text-sm text-stone-700" data-testid="translation-note">
      {t('translatedFrom', { original: languageName(article.language, locale), language: languageName(translation.language, locale) })}
      {translation.note && (
        <>
          {' '}
          {t('source')}: <bdi>{translation.note}</bdi>
        </>
      )}
    </p>
  );
}

async function TranslationText({
  article,
  translation,
  highlightWords,
}: {
  article: ArticleDetail;
  translation: ArticleTranslationView;
  highlightWords: ReadonlySet<string>;
}) {
  return (
    <article
      lang={translation.language}
      dir={translation.direction}
      className="rounded border border-stone-300 bg-white p-6"
      data-testid="translation-text"
    >
      <h1 className="text-2xl leading-snug font-bold md:text-3xl">
        <Marked text={translation.title} words={highlightWords} />
      </h1>
      <TranslationNote article={article} translation={translation} />
      <div className="mt-6 space-y-4 text-lg leading-relaxed">
        {translation.paragraphs.map((paragraph, index) => (
          <p key={index} id={`t-${index + 1}`} className="paragraph">
            <Marked text={paragraph} words={highlightWords} />
          </p>
        ))}
      </div>
    </article>
  );
}

/**
 * One row per original paragraph, with the translation paragraphs aligned to it beside it. Each
 * row is its own grid, so the two sides of a row start level however long either is; the
 * original takes the start column (the right one in an Arabic or Dari interface).
 */
async function SideBySide({
  article,
  translation,
  highlightWords,
  passage,
}: {
  article: ArticleDetail;
  translation: ArticleTranslationView;
  highlightWords: ReadonlySet<string>;
  passage: Passage | null;
}) {
  const t = await getTranslations('Translations.reading');
  const locale = await getLocale();
  const ui = { lang: locale, dir: localeDirection(locale) };
  const original = { lang: article.language, dir: article.direction };
  const translated = { lang: translation.language, dir: translation.direction };
  const rows = alignedRows(article.paragraphs.length, translation.paragraphs.length, translation.alignment);
  const row = 'grid gap-x-8 gap-y-2 md:grid-cols-2';
  return (
    <section aria-labelledby="side-by-side-title" className="rounded border border-stone-300 bg-white p-6" data-testid="side-by-side">
      <div className={`${row} border-b border-stone-200 pb-4`}>
        <div>
          <p {...ui} className="text-sm font-medium text-stone-700">
            {t('originalColumn', { language: languageName(article.language, locale) })}
          </p>
          <h1 id="side-by-side-title" {...original} className="text-2xl leading-snug font-bold" data-testid="original-title">
            <Marked text={article.title} words={highlightWords} />
          </h1>
        </div>
        <div>
          <p {...ui} className="text-sm font-medium text-stone-700">
            {t('translationColumn', { language: languageName(translation.language, locale) })}
          </p>
          <h2 {...translated} className="text-2xl leading-snug font-bold" data-testid="translation-title">
            <Marked text={translation.title} words={highlightWords} />
          </h2>
          <TranslationNote article={article} translation={translation} />
        </div>
      </div>
      <div className="text-lg leading-relaxed">
        {rows.map(({ original: index, translation: beside }) => (
          <div
            key={index}
            className={`${row} border-b border-stone-100 py-3 last:border-b-0`}
            data-testid="aligned-row"
            data-original={index + 1}
          >
            <div {...original} data-side="original">
              <ArticleParagraph
                number={index + 1}
                text={article.paragraphs[index] ?? ''}
                highlightWords={highlightWords}
                passage={passage}
              />
            </div>
            <div {...translated} data-side="translation" className="space-y-3">
              {beside.map((n) => (
                <p key={n} id={`t-${n + 1}`} className="paragraph" data-translation-paragraph={n + 1}>
                  <Marked text={translation.paragraphs[n]!} words={highlightWords} />
                </p>
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
