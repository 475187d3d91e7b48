const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * A readable slug for links, in the title's own script ("iran-và-pakistan-kí-thỏa-thuận-an-ninh").
 * It is decoration only: the id in front of it is what resolves the article.
 */
export function slugify(title: string, maxWords = 8): string {
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(title.normalize('NFC'))) {
    if (!segment.isWordLike) continue;
    words.push(segment.segment.toLocaleLowerCase());
    if (words.length === maxWords) break;
  }
  return words.join('-');
}
