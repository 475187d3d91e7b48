import fs from 'node:fs';
import path from 'node:path';
import { settings } from '../env';
import { countArticles } from './save';
import { storeFiles } from './store-files';
import { syntheticDemoFiles } from './synthetic-demo';

export interface SeedReport {
  source: 'corpus' | 'synthetic' | 'none';
  directory: string | null;
  stored: number;
  skipped: { file: string; reason: string }[];
}

/** Where the demo articles come from: `CORPUS_DIR`, by default the shared corpus beside the checkout. */
export function corpusDirFromEnv(): string {
  return path.resolve(settings().CORPUS_DIR);
}

function readCorpus(dir: string): { name: string; bytes: Uint8Array }[] | null {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return null;
  const names = fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();
  if (names.length === 0) return null;
  return names.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
}

/**
 * Loads demo articles into an empty database: the corpus files when the folder exists, otherwise
 * a generated multilingual set marked synthetic. Both go through the ingester like any upload.
 */
export async function seedIfEmpty(corpusDir = corpusDirFromEnv()): Promise<SeedReport> {
  if ((await countArticles()) > 0) return { source: 'none', directory: null, stored: 0, skipped: [] };
  const corpus = readCorpus(corpusDir);
  const files = corpus ?? syntheticDemoFiles();
  const synthetic = corpus === null;
  const report: SeedReport = {
    source: synthetic ? 'synthetic' : 'corpus',
    directory: synthetic ? null : corpusDir,
    stored: 0,
    skipped: [],
  };
  // The generated set fills one template per language with different countries, so its articles
  // of one language are near duplicates of each other by design; every one is meant to be there.
  for (const { result, outcome } of await storeFiles(files, { actor: 'system:seed', synthetic, allowNearDuplicates: synthetic })) {
    if (outcome.status === 'stored') report.stored++;
    else if (outcome.status === 'refused') report.skipped.push({ file: result.file, reason: outcome.error });
    else if (outcome.reason === 'similar-body')
      report.skipped.push({ file: result.file, reason: `${Math.round(outcome.similarity * 100)}% the same text as article ${outcome.id}` });
    else report.skipped.push({ file: result.file, reason: `same text as article ${outcome.id}` });
  }
  return report;
}
