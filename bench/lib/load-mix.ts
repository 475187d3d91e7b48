import pg from 'pg';

export type RequestKind = 'list' | 'search' | 'article';

export interface LoadMix {
  weights: Record<RequestKind, number>;
  paths: Record<RequestKind, string[]>;
}

/** `list:40,search:30,article:30` → weights; every kind must be named once. */
export function parseMixWeights(text: string): Record<RequestKind, number> {
  const weights: Record<RequestKind, number> = { list: 0, search: 0, article: 0 };
  for (const part of text.split(',')) {
    const [kind, value] = part.split(':');
    const weight = Number(value);
    if (!(kind && kind in weights) || !Number.isFinite(weight) || weight < 0)
      throw new Error(`--mix takes list:N,search:N,article:N, not ${text}`);
    weights[kind as RequestKind] = weight;
  }
  if (weights.list + weights.search + weights.article <= 0) throw new Error('--mix needs at least one weight above 0.');
  return weights;
}

/**
 * Requests like an analyst's, made from what the database holds, so the mix works on any corpus:
 * the reading room in each language, by country pair, by pair and date range, by language, a later
 * page; searches for words from sampled titles (some common, some rare); article pages.
 */
export async function buildLoadMix(databaseUrl: string, weights: Record<RequestKind, number>, samples = 300): Promise<LoadMix> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: articles } = await client.query<{ id: string; title: string }>(
      `SELECT id, title FROM article TABLESAMPLE SYSTEM (5) REPEATABLE (7) WHERE status = 'published' LIMIT $1`,
      [samples],
    );
    if (articles.length === 0) {
      articles.push(
        ...(
          await client.query<{ id: string; title: string }>(`SELECT id, title FROM article WHERE status = 'published' LIMIT $1`, [samples])
        ).rows,
      );
    }
    if (articles.length === 0)
      throw new Error('The database holds no published articles: run `npm run corpus:generate -- --count 100000` first.');
    const { rows: pairs } = await client.query<{ pair: string }>(
      `SELECT pair_key AS pair FROM article WHERE pair_key IS NOT NULL GROUP BY pair_key ORDER BY count(*) DESC LIMIT 20`,
    );
    const { rows: languages } = await client.query<{ language: string }>(`SELECT DISTINCT language FROM article LIMIT 10`);

    const list = ['/en', '/fa', '/vi', '/ar', '/en?page=3'];
    for (const { pair } of pairs) {
      list.push(`/en?pair=${pair}`, `/en?${new URLSearchParams({ pair, from: '2015-01-01', to: '2018-12-31' })}`);
    }
    for (const { language } of languages) list.push(`/en?${new URLSearchParams({ lang: language })}`);

    const words = new Set<string>();
    for (const { title } of articles) {
      const word = title.split(/[\s\p{P}]+/u).find((w) => [...w].length >= 5);
      if (word) words.add(word.toLowerCase());
    }
    const search = [...words].slice(0, 60).map((word) => `/en?${new URLSearchParams({ q: word })}`);
    const article = articles.map(({ id }) => `/en/articles/${id}`);
    return { weights, paths: { list, search: search.length > 0 ? search : list, article } };
  } finally {
    await client.end();
  }
}

/** A picker of the next request's path: a kind by weight, then a path of that kind. */
export function pathPicker(mix: LoadMix, random = Math.random): () => { kind: RequestKind; path: string } {
  const kinds = (Object.keys(mix.weights) as RequestKind[]).filter((kind) => mix.weights[kind] > 0);
  const total = kinds.reduce((sum, kind) => sum + mix.weights[kind], 0);
  return () => {
    let roll = random() * total;
    const kind = kinds.find((k) => (roll -= mix.weights[k]) < 0) ?? kinds[kinds.length - 1]!;
    const paths = mix.paths[kind];
    return { kind, path: paths[Math.floor(random() * paths.length)]! };
  };
}
