export { parseFilters, filtersToSearchParams, withFilters, toggle, normalisePair, EMPTY_FILTERS } from './filters';
export type { ArticleFilters, ParsedFilters } from './filters';
export { listArticles, PAGE_SIZE } from './list';
export { getArticle } from './get';
export { saveArticle, knownBodies, countArticles } from './save';
export type { SaveResult } from './save';
export { slugify } from './slug';
export type * from './types';
