/** What a reader or client is told about an address whose percent-encoding does not decode. */
export const BAD_ADDRESS = 'The address contains percent-encoding that does not decode (such as %ZZ or a cut-off UTF-8 sequence). Check the link.';

/**
 * Whether a URL path holds percent-encoding that does not decode (`%ZZ`, `%E0` cut short).
 * Next.js answers such a path with a bare 500; the proxy answers it with a 400 instead.
 */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The same for a query string (`?q=%E0%A4`), parameter by parameter. Next.js would read such a
 * value as replacement characters and search for them; a link that lost its encoding on the way
 * (a truncated copy, a mangling mail client) deserves to be told so rather than an empty result.
 * The production server checks it (lib/ops/server.ts): Next re-encodes the query string before
 * the proxy sees it, so there it always decodes.
 */
export function hasMalformedQuery(search: string): boolean {
  return search
    .replace(/^\?/, '')
    .split('&')
    .some((part) => hasMalformedPercentEncoding(part.replace(/\+/g, ' ')));
}
