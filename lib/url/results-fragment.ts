/**
 * The fragment that links changing the reading room's view (facets, paging, loosening) end with.
 * It is the id of the focusable heading that states the count, so the browser scrolls there and
 * focuses it on arrival.
 * A plain module: a value exported from a client component is only a reference on the server.
 */
export const RESULTS_FRAGMENT = 'results';
