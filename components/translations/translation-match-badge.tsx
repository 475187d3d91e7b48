import { getLocale, getTranslations } from 'next-intl/server';
import type { TranslationMatch } from '@/lib/articles/types';
import { languageName } from '@/lib/i18n/format';

/** Says in a search result that the words were found in an attached translation. */
export async function TranslationMatchBadge({ match }: { match: TranslationMatch }) {
  const t = await getTranslations('Translations.list');
  const locale = await getLocale();
  const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(match.languages.map((tag) => languageName(tag, locale)));
  return (
    <div>
      <dt className="sr-only">{t('matchLabel')}</dt>
      <dd className="rounded bg-violet-100 px-2 text-violet-900" data-testid="translation-match" data-only={!match.inOriginal}>
        {match.inOriginal ? t('alsoInTranslation', { languages }) : t('inTranslation', { languages })}
      </dd>
    </div>
  );
}
