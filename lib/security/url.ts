/**
 * Whether a URL's path or query holds percent-encoding that does not decode (`%ZZ`, `%E0` cut
 * short). Next.js answers such a path with a bare 500; the proxy answers it with a 400 instead.
 * Takes the raw `pathname` and `search` as they arrived, before anything decoded them.
 */
export function hasMalformedPercentEncoding(pathname: string, search: string): boolean {
  const parts = [pathname, ...search.replace(/^\?/, '').split(/[&=]/)];
  return parts.some((part) => {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
      return false;
    } catch {
      return true;
    }
  });
}
