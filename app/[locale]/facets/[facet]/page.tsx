import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { facetItems } from '@/components/filters/facet-items';
import { FacetList } from '@/components/filters/facet-list';
import { viewHref } from '@/components/filters/view-href';
import { EstimatedCountsNote } from '@/components/list/estimated-counts-note';
import { ListingRefusedNotice } from '@/components/list/listing-refused-notice';
import { parseFilters } from '@/lib/articles';
import { facetCounts } from '@/lib/articles/facet-counts';
import { deepestNumberedPage } from '@/lib/articles/page-depth';
import { withinLimits } from '@/lib/articles/too-expensive';
import { isValueFacet } from '@/lib/articles/value-facets';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = PageProps<'/[locale]/facets/[facet]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { facet }] = await Promise.all([pageLocale(params), params]);
  if (!isValueFacet(facet)) return {};
  const t = await getTranslations({ locale, namespace: 'Facets' });
  return { title: t('allTitle', { name: t(facet) }), robots: { index: false } };
}

/** Every value of one facet for a reading-room view, to expand a long facet and find a value by typing. */
export default async function FacetValuesPage({ params, searchParams }: Props) {
  const [locale, { facet }] = await Promise.all([pageLocale(params), params]);
  setRequestLocale(locale);
  if (!isValueFacet(facet)) notFound();
  const { filters } = parseFilters(await searchParams);
  // Only the counts: the page lists values, not articles. Counting exactly is expensive work.
  const [read, t] = await Promise.all([
    withinLimits({ ...filters, page: 1, cursor: null }, async () => ({ counts: await facetCounts(filters) })),
    getTranslations('Facets'),
  ]);
  if ('refused' in read) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-semibold">{t('allTitle', { name: t(facet) })}</h1>
        <ListingRefusedNotice refused={read.refused} filters={filters} deepest={deepestNumberedPage()} />
      </div>
    );
  }
  const { counts } = read;
  const { items } = (await facetItems(counts, filters, { approximate: counts.approximate }))[facet];
  return (
    <div className="max-w-xl space-y-4">
      <Link href={viewHref(filters)} className="text-sky-800 underline">
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          ←
        </span>{' '}
        {t('backToView')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('allTitle', { name: t(facet) })}</h1>
      {/* A sample lists only the values it saw: the exact count lists every one. */}
      {counts.approximate && (
        <EstimatedCountsNote exactHref={{ pathname: `/facets/${facet}`, query: viewHref({ ...filters, exactCounts: true }).query }} />
      )}
      <FacetList id={facet} title={t(facet)} items={items} />
    </div>
  );
}
