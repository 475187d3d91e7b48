import { getTranslations } from 'next-intl/server';
import type { AdminListFilters } from '@/lib/articles/admin-list';
import { languageName, pairName } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';

const box = 'rounded border border-stone-400 bg-white px-2 py-1';

/**
 * The admin list's search and filters: a plain GET form, so every choice lands in the URL and the
 * page links (and the browser's back button) keep it.
 */
export async function ArticlesFilters({
  filters,
  languages,
  pairs,
  locale,
  action,
}: {
  filters: AdminListFilters;
  languages: readonly string[];
  pairs: readonly string[];
  locale: AppLocale;
  action: string;
}) {
  const t = await getTranslations('Admin.articles');
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], locale);
  const languageChoices = languages.map((tag): [string, string] => [tag, languageName(tag, locale)]).sort(byName);
  const pairChoices = pairs.map((key): [string, string] => [key, pairName(key, locale)]).sort(byName);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t('filters')}
      className="mb-4 flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white p-3"
      data-testid="admin-articles-filters"
    >
      <label className="flex min-w-48 grow flex-col gap-1">
        <span className="text-sm font-medium">{t('search')}</span>
        <input type="search" name="q" defaultValue={filters.q} maxLength={200} className={box} placeholder={t('searchHint')} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-medium">{t('state')}</span>
        <select name="status" defaultValue={filters.status ?? ''} className={box}>
          <option value="">{t('any')}</option>
          <option value="published">{t('published')}</option>
          <option value="unpublished">{t('unpublished')}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-medium">{t('language')}</span>
        <select name="language" defaultValue={filters.language ?? ''} className={box}>
          <option value="">{t('any')}</option>
          {languageChoices.map(([tag, name]) => (
            <option key={tag} value={tag}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-medium">{t('pair')}</span>
        <select name="pair" defaultValue={filters.pair ?? ''} className={box}>
          <option value="">{t('any')}</option>
          {pairChoices.map(([key, name]) => (
            <option key={key} value={key}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-sky-800 px-3 py-1 text-white hover:bg-sky-900">
        {t('apply')}
      </button>
    </form>
  );
}
