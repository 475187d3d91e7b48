import { getTranslations } from 'next-intl/server';
import { withFilters, type ArticleFilters } from '@/lib/articles/filters';
import { HiddenFilters } from './hidden-filters';

/** A plain GET form: searching works without JavaScript and the query lands in the URL. */
export async function SearchBox({ filters }: { filters: ArticleFilters }) {
  const t = await getTranslations('Home');
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <HiddenFilters filters={withFilters(filters, { q: null, sort: 'date' })} />
      <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium">
        {t('searchLabel')}
        <input
          type="search"
          name="q"
          dir="auto"
          defaultValue={filters.q ?? ''}
          maxLength={300}
          aria-describedby="search-help"
          className="rounded border border-stone-400 bg-white px-2 py-1.5 text-base font-normal"
        />
      </label>
      {filters.q && (
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('sortLabel')}
          <select name="sort" defaultValue={filters.sort} className="rounded border border-stone-400 bg-white px-2 py-1.5 font-normal">
            <option value="relevance">{t('sortRelevance')}</option>
            <option value="date">{t('sortDate')}</option>
          </select>
        </label>
      )}
      <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-white hover:bg-stone-700">
        {t('searchButton')}
      </button>
      <p id="search-help" className="w-full text-xs text-stone-600">
        {t('searchHelp')}
      </p>
    </form>
  );
}
