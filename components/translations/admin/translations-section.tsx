import { getLocale, getTranslations } from 'next-intl/server';
import type { AdminArticle } from '@/lib/articles/edit';
import { languageName } from '@/lib/i18n/format';
import { listTranslations } from '@/lib/translations/store';
import { AlignmentForm } from './alignment-form';
import { AttachTranslationForm } from './attach-translation-form';
import { DeleteTranslationButton } from './delete-translation-button';

// Offered in the language field; any other BCP 47 tag can be typed.
const SUGGESTED = ['en', 'ar', 'fa-AF', 'fa-IR', 'vi', 'ur', 'ps', 'fr', 'ru', 'zh', 'es', 'de', 'tr'];

/** The edit page's translations: each attached one with its alignment, and a form to attach another. */
export async function TranslationsSection({ article }: { article: AdminArticle }) {
  const t = await getTranslations('Translations.admin');
  const locale = await getLocale();
  const translations = await listTranslations(article.id);
  const taken = new Set([article.language, ...translations.map((tr) => tr.language)].map((tag) => tag.toLowerCase()));
  const suggestions = SUGGESTED.filter((tag) => !taken.has(tag.toLowerCase())).map((tag) => ({ tag, label: languageName(tag, locale) }));
  const original = { lang: article.language, dir: article.direction, paragraphs: article.paragraphs };
  return (
    <section aria-labelledby="translations-heading" className="mt-8 space-y-4" data-testid="translations-section">
      <h2 id="translations-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-stone-700">{t('intro')}</p>
      {translations.length === 0 && <p className="text-stone-700">{t('none')}</p>}
      {translations.map((translation) => {
        const label = languageName(translation.language, locale);
        return (
          <article
            key={translation.id}
            aria-labelledby={`translation-${translation.language}`}
            className="space-y-3 rounded border border-stone-300 bg-white p-4"
            data-testid="translation-admin"
            data-language={translation.language}
          >
            <h3 id={`translation-${translation.language}`} className="text-lg font-semibold">
              {t('translationHeading', { language: label })} <code className="text-sm">{translation.language}</code>
            </h3>
            <p lang={translation.language} dir={translation.direction} className="text-lg">
              {translation.title}
            </p>
            <p className="text-sm text-stone-700">
              {t('counts', { count: translation.paragraphs.length })} · {t('originalCounts', { count: article.paragraphs.length })}
              {translation.note && (
                <>
                  {' · '}
                  {t('note')}: <bdi>{translation.note}</bdi>
                </>
              )}
            </p>
            <AlignmentForm
              articleId={article.id}
              language={translation.language}
              original={original}
              translation={{ lang: translation.language, dir: translation.direction, paragraphs: translation.paragraphs }}
              alignment={translation.alignment}
            />
            <DeleteTranslationButton articleId={article.id} language={translation.language} languageLabel={label} />
          </article>
        );
      })}
      <AttachTranslationForm articleId={article.id} suggestions={suggestions} />
    </section>
  );
}
