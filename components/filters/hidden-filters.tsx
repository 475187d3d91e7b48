import { filtersToSearchParams, type ArticleFilters } from '@/lib/articles/filters';

/** The filters a GET form does not edit itself, so submitting it keeps them in the URL. */
export function HiddenFilters({ filters }: { filters: ArticleFilters }) {
  return (
    <>
      {[...filtersToSearchParams(filters)].map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
