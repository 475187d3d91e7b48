import { ARTICLE_ID_PATTERN } from '../articles/ids';
import { isValueFacet } from '../articles/value-facets';
import { settings } from '../env';

/**
 * What an address under a language names, told from its path alone, so that the proxy can answer
 * a missing page with status 404 and the complete not-found page before anything renders (a
 * `notFound()` from inside a page reaches the browser as an empty document that only JavaScript
 * fills). Mirrors the pages under app/[locale]; known-pages.test.ts fails when a page is added
 * there and not here.
 */
export type KnownPage =
  | { kind: 'page' }
  | { kind: 'missing' }
  /** A reading-room article: there if published. */
  | { kind: 'article'; id: string };

const PAGE: KnownPage = { kind: 'page' };
const MISSING: KnownPage = { kind: 'missing' };
const ADMIN_PAGES = new Set(['', 'articles', 'audit', 'login', 'upload']);

/** `segments`: the path after its language, split on `/` (`/en/articles/x/slug` gives `['articles', 'x', 'slug']`). */
export function knownPage(segments: readonly string[]): KnownPage {
  const [section = '', ...rest] = segments;
  switch (section) {
    case '':
      return rest.length === 0 ? PAGE : MISSING;
    case 'compare':
      return rest.length === 0 ? PAGE : MISSING;
    case 'bench-floor':
      // The bench's page with no data, there only while the bench's setting is on: otherwise
      // missing here, so that its 404 is the complete not-found page.
      return rest.length === 0 && settings().READING_ROOM_BENCH_FLOOR ? PAGE : MISSING;
    case 'facets':
      return rest.length === 1 && isValueFacet(rest[0]!) ? PAGE : MISSING;
    case 'articles':
      // Any slug after the id: the page puts the right one in the address.
      return rest.length >= 1 && ARTICLE_ID_PATTERN.test(rest[0]!) ? { kind: 'article', id: rest[0]! } : MISSING;
    case 'admin': {
      if (rest.length <= 1 && ADMIN_PAGES.has(rest[0] ?? '')) return PAGE;
      const [articles, id = '', edit, ...more] = rest;
      // Whether that article is there is the signed-in admin's business: telling anyone else
      // would say which unpublished ids exist. The page answers it after signing in.
      return articles === 'articles' && edit === 'edit' && more.length === 0 && ARTICLE_ID_PATTERN.test(id) ? PAGE : MISSING;
    }
    default:
      // `missing` too: the not-found page's own address is what is missing.
      return MISSING;
  }
}

/**
 * The files the app serves at an address of their own: its metadata routes in app/ (there is no
 * public/ folder). Any other address that looks like a file (`/favicon.ico`, `/wp-login.php`)
 * names nothing, and gets the not-found page as every missing address does.
 */
export const KNOWN_FILES: ReadonlySet<string> = new Set(['/icon.svg']);

/** An address ending in a file name, outside the machine endpoints and Next's own files. */
export const isFileAddress = (pathname: string) => /^\/(?!api\/|_next\/|_vercel\/)(?:.*\/)?[^/]*\.[^/]*$/.test(pathname);
