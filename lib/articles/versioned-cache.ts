/**
 * Values kept under the corpus version they were made at (migration
 * 20261127160000_corpus_version), least recently used first out: the facet counts and ranked
 * order of searches (lib/articles/list.ts). A search's
 * counts cost a pass over every match, and the next page of the same search, the other sort
 * order, or a colleague's identical search ask for exactly the same numbers. An entry is used only
 * while the database still shows its version, so nothing kept is ever older than the articles it
 * describes. A version names the database too (its oid), so a database restored or recreated
 * under the same name cannot match an old entry. The cache is per server process; several
 * processes each keep their own.
 *
 * Capacity counts entries unless `weigh` says what an entry weighs (a page's bytes); an entry
 * weighing more than `maxEntry` is not kept, so one large value cannot push out all the others.
 */
export class VersionedCache<T> {
  private version: string | null = null;
  private readonly entries = new Map<string, { value: T; weight: number }>();
  private weight = 0;
  private readonly weigh: (value: T) => number;
  private readonly maxEntry: number;
  hits = 0;

  constructor(
    private readonly capacity: number,
    options: { weigh?: (value: T) => number; maxEntry?: number } = {},
  ) {
    this.weigh = options.weigh ?? (() => 1);
    this.maxEntry = Math.min(options.maxEntry ?? capacity, capacity);
  }

  get size(): number {
    return this.entries.size;
  }

  /** What the kept entries weigh together (their number when nothing is weighed). */
  get usedWeight(): number {
    return this.weight;
  }

  get(version: string, key: string): T | undefined {
    if (version !== this.version) return undefined;
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.value;
  }

  /** Under a version other than the current one's, the entries of that one go: one version is kept. */
  set(version: string, key: string, value: T): void {
    const weight = this.weigh(value);
    if (this.capacity === 0 || weight > this.maxEntry) return;
    if (version !== this.version) {
      this.entries.clear();
      this.weight = 0;
      this.version = version;
    }
    this.remove(key);
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldest] of this.entries) {
      if (this.weight <= this.capacity) break;
      this.remove(oldest);
    }
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

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }
}
