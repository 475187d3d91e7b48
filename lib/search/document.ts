import { indexKeys } from './normalise';

/**
 * The text to index for an article, as folded and exact keys. The title is weighted apart (A)
 * from the body (D) by the caller's SQL, so a match in the headline ranks higher.
 */
export function searchDocument(title: string, paragraphs: readonly string[]) {
  const titleKeys = indexKeys(title);
  const bodyKeys = indexKeys(paragraphs.join('\n'));
  return { titleFolded: titleKeys.folded, titleExact: titleKeys.exact, bodyFolded: bodyKeys.folded, bodyExact: bodyKeys.exact };
}
