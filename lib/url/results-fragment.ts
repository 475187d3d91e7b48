/**
 * The fragment that links changing the reading room's view (facets, paging, loosening) end with:
 * the browser scrolls to the results, and components/list/results-focus.tsx moves focus there.
 * A plain module: a value exported from a client component is only a reference on the server.
 */
export const RESULTS_FRAGMENT = 'results';
