import { readDb } from '../db/client';
import { ARTICLE_ID_PATTERN } from './ids';

/**
 * Whether an article page can be shown: published, as lib/articles/get.ts reads it. Asked by the
 * proxy before rendering, so a missing article gets the complete not-found page with status 404.
 */
export async function articleIsPublished(id: string): Promise<boolean> {
  if (!ARTICLE_ID_PATTERN.test(id)) return false;
  return (await readDb().article.findFirst({ where: { id, status: 'published' }, select: { id: true } })) !== null;
}
