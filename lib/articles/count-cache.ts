import type { ArticleFilters } from './filters';

/**
 * Facet counts of searches, kept under the corpus version they were counted at
 * (migration 20261127160000_corpus_version): a search's counts cost a pass over every match, and
 * the next page of the same search, the other sort order, or a colleague's identical search ask
 * for exactly the same numbers. An entry is used only while the database still shows its version,
 * so no count is ever older than the articles it describes. A version names the database too (its
 * oid), so a database restored or recreated under the same name cannot match an old entry. The
 * cache is per server process; several processes each keep their own.
 */
export class VersionedCache<T> {
  private version: string | null = null;
  private readonly entries = new Map<string, T>();
  hits = 0;

  constructor(private readonly capacity: number) {}

  get(version: string, key: string): T | undefined {
    if (version !== this.version) return undefined;
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, value);
    this.hits += 1;
    return value;
  }

  /** Under a version other than the current one's, the entries of that one go: one version is kept. */
  set(version: string, key: string, value: T): void {
    if (this.capacity === 0) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * The value kept for `key` under the version the database shows now (`currentVersion`), else
   * what `compute` makes, kept under the version it read in the same statement (null when it read
   * none: nothing is kept). With no capacity the version is not even asked for.
   */
  async keep(key: string, currentVersion: () => Promise<string>, compute: () => Promise<{ value: T; version: string | null }>): Promise<T> {
    if (this.capacity === 0) return (await compute()).value;
    const kept = this.get(await currentVersion(), key);
    if (kept !== undefined) return kept;
    const { value, version } = await compute();
    if (version !== null) this.set(version, key, value);
    return value;
  }
}

/** `read`, asked at most once: one version for everything a request keeps or looks up. */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= read());
}

/** What the counts depend on: every filter but the page, the cursor and the sort order. */
export function countKey(filters: ArticleFilters): string {
  const sorted = (values: string[]) => [...values].sort();
  return JSON.stringify([
    sorted(filters.pairs),
    sorted(filters.languages),
    sorted(filters.countries),
    sorted(filters.sources),
    filters.from,
    filters.to,
    filters.undated,
    filters.q,
    filters.exactCounts,
  ]);
}
