/**
 * Article ids: made here, and recognised by the pattern here only. Pages, actions, the proxy and
 * the API check an id against it before asking the database, so that an address that cannot name
 * an article costs no query.
 */

// Lower-case Crockford base32 without i, l, o, u: short, unambiguous when read aloud or retyped.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 12;

/** An article id, unanchored: for patterns that hold one among other parts (a page cursor). */
export const ARTICLE_ID_SOURCE = `[${ALPHABET}]{${LENGTH}}`;

export const ARTICLE_ID_PATTERN = new RegExp(`^${ARTICLE_ID_SOURCE}$`);

export function isArticleId(value: unknown): value is string {
  return typeof value === 'string' && ARTICLE_ID_PATTERN.test(value);
}

/** The value as an article id, or null when it cannot be one (a query parameter, a form field). */
export function parseArticleId(value: unknown): string | null {
  return isArticleId(value) ? value : null;
}

/** A new public article id: 60 random bits. */
export function newArticleId(): string {
  // Web Crypto, not node:crypto: the id pattern here is imported by client components, and a
  // node:crypto import would pull a crypto polyfill (which calls eval) into the browser bundle.
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

export function newRawFileId(): string {
  return `f${newArticleId()}`;
}
