/**
 * Whether an ingested file has body text: a paragraph besides the headline. A file of one line
 * is read as a headline whose only paragraph is that same line; it is not an article.
 */
export function hasBodyText(article: { title: string; paragraphs: readonly string[] }): boolean {
  const title = article.title.trim();
  return article.paragraphs.some((paragraph) => paragraph.trim() !== '' && paragraph.trim() !== title);
}

/** Why publishing refuses a file without body text, for API clients; the forms say it in the admin's language. */
export const NO_BODY_ERROR = 'The file has a headline but no body text; only a file with its article text can be published.';
