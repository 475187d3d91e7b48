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
 */
export function hasMalformedQuery(search: string): boolean {
  return search
    .replace(/^\?/, '')
    .split('&')
    .some((part) => hasMalformedPercentEncoding(part.replace(/\+/g, ' ')));
}
