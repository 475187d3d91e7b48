// Lower-case Crockford base32 without i, l, o, u: short, unambiguous when read aloud or retyped.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A new public article id: 12 characters, 60 random bits. */
export function newArticleId(): string {
  // Web Crypto, not node:crypto: the id pattern below is imported by client components, and a
  // node:crypto import would pull a crypto polyfill (which calls eval) into the browser bundle.
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

export const ARTICLE_ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{12}$/;

export function newRawFileId(): string {
  return `f${newArticleId()}`;
}
