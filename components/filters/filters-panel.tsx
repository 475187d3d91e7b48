import { getLocale, getTranslations } from 'next-intl/server';
import { EMPTY_FILTERS, type ArticleFilters } from '@/lib/articles/filters';
import type { ArticleListing } from '@/lib/articles/types';
import { DateFacet } from './date-facet';
import { VALUE_FACETS } from '@/lib/articles/value-facets';
import { facetItems } from './facet-items';
import { FacetList } from './facet-list';
import { viewHref } from './view-href';
import { resultsHref } from './results-href';

// Past this many values the reading room shows the top ones (and every selected one) and links to the rest.
const VISIBLE_VALUES = 8;

export async function FiltersPanel({ listing, filters }: { listing: ArticleListing; filters: ArticleFilters }) {
  const t = await getTranslations('Facets');
  const th = await getTranslations('Home');
  const locale = await getLocale();
  const items = await facetItems(listing.facets, filters, { visible: VISIBLE_VALUES, approximate: listing.approximate });
  // The full list of a facet's values is a page of its own, for the same view.
  const { query } = viewHref({ ...filters, page: 1 });
  const allHref = (facet: string) => ({ pathname: `/facets/${facet}`, query });
  const anyFilter =
    Boolean(filters.q) ||
    filters.pairs.length > 0 ||
    filters.languages.length > 0 ||
    filters.countries.length > 0 ||
    filters.sources.length > 0 ||
    filters.from ||
    filters.to ||
    filters.undated;
  return (
    <div className="space-y-4">
      {anyFilter && (
        <a href={resultsHref(viewHref(EMPTY_FILTERS), locale)} className="text-sm text-sky-800 underline">
          {th('clearAll')}
        </a>
      )}
      {/* An empty view offers its loosening links beside the results, not a "nothing to choose" per facet. */}
      {VALUE_FACETS.filter((facet) => listing.total > 0 || items[facet].items.length > 0).map((facet) => (
        <FacetList key={facet} id={facet} title={t(facet)} items={items[facet].items} more={items[facet].more} allHref={allHref(facet)} />
      ))}
      <DateFacet facet={listing.facets.dates} filters={filters} approximate={listing.approximate} />
    </div>
  );
}
