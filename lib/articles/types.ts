import type { Snippet } from '../search/highlight';
import type { PageCursor } from './filters';

export type PageKey = Omit<PageCursor, 'direction'>;

export interface ArticleListItem {
  id: string;
  title: string;
  language: string;
  direction: 'ltr' | 'rtl';
  source: string | null;
  /** Gregorian `YYYY-MM-DD` (first day of the month/year when less precise), or null. */
  publishedAt: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  dateText: string | null;
  calendar: string | null;
  countryPair: [string, string] | null;
  synthetic: boolean;
  /** Where the search matched, when the listing comes from a search. */
  snippet?: Snippet | null;
  /**
   * Set when a search matched in attached translations: their languages, whether the article's
   * own text matched too, and the translation the snippet comes from, if any: the reader's, or
   * the first when the original did not match (lib/articles/list.ts, snippetTranslation).
   */
  translationMatch?: TranslationMatch;
  /** The titles of its attached translations, when it has any; a list shows the reader's. */
  translatedTitles?: TranslatedTitle[];
}

export interface TranslatedTitle {
  language: string;
  title: string;
}

export interface TranslationMatch {
  languages: string[];
  inOriginal: boolean;
  snippetLanguage: string | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface DateBucket {
  /** `YYYY-MM` or `YYYY` */
  key: string;
  /** Inclusive range the bucket covers. */
  from: string;
  to: string;
  count: number;
}

export interface DateFacet {
  unit: 'month' | 'year';
  buckets: DateBucket[];
  undated: number;
}

export interface ArticleListing {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Pages of the ranked matches (relevance order) or of `total` (date order). */
  pageCount: number;
  /** The page count comes from an estimated total: a full page may still be followed by more. */
  pageCountEstimated: boolean;
  /** Whether a next page may hold articles. */
  morePages: boolean;
  /** Set when `total` and the facets' counts are estimated from a sample (lib/articles/search-sample.ts). */
  approximate: boolean;
  facets: { pairs: FacetValue[]; languages: FacetValue[]; countries: FacetValue[]; sources: FacetValue[]; dates: DateFacet };
  anySynthetic: boolean;
  /** Set when relevance order covers only this many of the newest matches, not all `total`. */
  rankedAmong: number | null;
  /** Keyset positions of the first and last item on the page, for the previous and next links. */
  cursors: { first: PageKey | null; last: PageKey | null };
}

export interface ArticleDetail extends ArticleListItem {
  author: string | null;
  paragraphs: string[];
  captions: string[];
  countriesMentioned: string[];
  dateParts: { year?: number; month?: number; day?: number } | null;
  createdAt: string;
  file: { name: string; sha256: string; byteSize: number; encoding: string | null; uploadedAt: string } | null;
}
