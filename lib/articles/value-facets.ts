/** The facets whose values are listed and chosen one by one (the date facet is a range). */
export const VALUE_FACETS = ['pair', 'language', 'country', 'source'] as const;
export type ValueFacet = (typeof VALUE_FACETS)[number];

export const isValueFacet = (facet: string): facet is ValueFacet => (VALUE_FACETS as readonly string[]).includes(facet);
