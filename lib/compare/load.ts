import { getArticle } from '../articles/get';
import type { ArticleDetail } from '../articles/types';
import { MIN_COMPARED, parseCompareIds, type CompareProblem } from './ids';

export interface Comparison {
  articles: ArticleDetail[];
  problems: CompareProblem[];
  /** Fewer than two articles could be found: there is nothing to put side by side. */
  tooFew: boolean;
}

/** The published articles named by `ids=`, in the order given, with every id that was left out. */
export async function loadComparison(raw: string | string[] | undefined): Promise<Comparison> {
  const { ids, problems } = parseCompareIds(raw);
  const found = await Promise.all(ids.map((id) => getArticle(id)));
  const articles: ArticleDetail[] = [];
  found.forEach((article, index) => {
    if (article) articles.push(article);
    else problems.push({ kind: 'missing', value: ids[index]! });
  });
  return { articles, problems, tooFew: articles.length < MIN_COMPARED };
}
