/**
 * Whether a URL path holds percent-encoding that does not decode (`%ZZ`, `%E0` cut short).
 * Next.js answers such a path with a bare 500; the proxy answers it with a 400 instead. (A query
 * string never gets this far malformed: Next.js reads `%ZZ` there as the literal text.)
 */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
