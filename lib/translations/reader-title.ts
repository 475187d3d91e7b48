import { readDb } from '../db/client';
import type { TranslatedTitle } from '../articles/types';

/**
 * The translation a reader of `locale` can read: the same tag, else the same language in another
 * region or script (a `fa` translation serves the `fa-AF` reader). Null when there is none.
 */
export function translationForReader<T extends { language: string }>(translations: readonly T[], locale: string): T | null {
  const wanted = locale.toLowerCase();
  const primary = wanted.split('-')[0];
  return (
    translations.find((t) => t.language.toLowerCase() === wanted) ??
    translations.find((t) => t.language.toLowerCase().split('-')[0] === primary) ??
    null
  );
}

/** The titles of the translations attached to these articles, by article id, in tag order. */
export async function translatedTitles(articleIds: readonly string[]): Promise<Map<string, TranslatedTitle[]>> {
  const byArticle = new Map<string, TranslatedTitle[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await readDb().articleTranslation.findMany({
    where: { articleId: { in: [...articleIds] } },
    select: { articleId: true, language: true, title: true },
    orderBy: [{ articleId: 'asc' }, { language: 'asc' }],
  });
  for (const { articleId, language, title } of rows) {
    const titles = byArticle.get(articleId) ?? [];
    titles.push({ language, title });
    byArticle.set(articleId, titles);
  }
  return byArticle;
}
