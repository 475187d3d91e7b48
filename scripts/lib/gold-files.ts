/**
 * Reads a gold file and ingests the pages it names, for the evaluation CLI and its tests.
 * A gold file's pages sit beside it (`dev/gold.json`, `dev/dev01.txt`) or in `articles/`
 * beside it (`corpus/gold.json`, `corpus/articles/…`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ingestBatch } from '../../lib/ingest';
import { evaluate, type Evaluation, type GoldEntry } from '../../lib/ingest/evaluate';

function pagePath(goldPath: string, file: string): string {
  const dir = path.dirname(goldPath);
  const beside = path.join(dir, file);
  return fs.existsSync(beside) ? beside : path.join(dir, 'articles', file);
}

export function readGold(goldPath: string): GoldEntry[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${goldPath} is not a gold file: it should hold a JSON array of entries.`);
  return parsed as GoldEntry[];
}

/** Dry-run ingestion of every page a gold file names (as one batch), scored against it. */
export function evaluateGoldFile(goldPath: string): Evaluation {
  const entries = readGold(goldPath);
  const files = entries.map((e) => ({ name: e.file, bytes: new Uint8Array(fs.readFileSync(pagePath(goldPath, e.file))) }));
  const results = new Map(ingestBatch(files).map((r) => [r.file, r]));
  return evaluate(entries, results);
}
