/** What a reader or client is told about an address whose percent-encoding does not decode. */
export const BAD_ADDRESS =
  'The address contains percent-encoding that does not decode (such as %ZZ or a cut-off UTF-8 sequence). Check the link.';

/**
 * Whether a URL path or query string holds percent-encoding that does not decode (`%ZZ`, `%E0`
 * cut short). Next.js answers such a path with a bare 500 and reads such a query as replacement
 * characters; the proxy answers the path with a 400, and the production server the query
 * (lib/ops/server.ts), since Next re-encodes the query before the proxy sees it.
 */
export function hasMalformedPercentEncoding(text: string): boolean {
  try {
    decodeURIComponent(text);
    return false;
  } catch {
    return true;
  }
}
