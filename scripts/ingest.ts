import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestBatch, toDryRunJson } from '../lib/ingest';
import type { IngestResult } from '../lib/ingest/types';
import type { StoreOutcome } from '../lib/articles/store-files';
import { preparePdfs } from '../lib/pdf/read';

const USAGE = `Usage: npm run ingest -- [--dry-run] [--json] [--max-bytes N] [--actor NAME] FILE...

  --dry-run      read and clean the files, store nothing, print what would be stored
  --json         print one JSON array, one object per file
  --max-bytes N  refuse files larger than N bytes (default 5000000)
  --actor NAME   who is storing, for the audit log (default cli:$USER)`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

interface Row {
  file: string;
  result: IngestResult | null;
  error: string | null;
  outcome: StoreOutcome | null;
}

function readFile(file: string): { name: string; bytes: Uint8Array } | { name: string; error: string } {
  const name = path.basename(file);
  try {
    return { name, bytes: new Uint8Array(fs.readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
    return { name, error: `Could not read ${file}: ${reason}.` };
  }
}

/** How a duplicate matches: the same file, the same text, or most of the text (a near duplicate). */
function sameAs(reason: 'same-file' | 'same-body' | 'similar-body', similarity: number): string {
  if (reason === 'same-file') return 'same file as';
  if (reason === 'same-body') return 'same text as';
  return `${Math.round(similarity * 100)}% the same text as`;
}

function line(row: Row): string {
  if (row.error) return `unreadable ${row.file}: ${row.error}`;
  const result = row.result!;
  if (!result.ok) return `refused    ${row.file}: ${result.error}`;
  if (row.outcome?.status === 'stored') return `stored     ${row.file} -> article ${row.outcome.id}`;
  if (row.outcome?.status === 'duplicate')
    return `duplicate  ${row.file}: ${sameAs(row.outcome.reason, row.outcome.similarity)} article ${row.outcome.id}; not stored`;
  if (result.duplicateOf) {
    return `duplicate  ${row.file}: ${sameAs(result.duplicateSimilarity === 1 ? 'same-body' : 'similar-body', result.duplicateSimilarity ?? 1)} ${result.duplicateOf}`;
  }
  const date = result.publishedAt ?? (result.dateText ? `"${result.dateText}" (no year)` : 'no date');
  return `ok         ${row.file}: ${result.language} · ${date} · ${result.countryPair?.join('-') ?? 'no pair'} · ${result.title}`;
}

function json(row: Row) {
  const base = row.error ? { file: row.file, ok: false, error: row.error } : toDryRunJson(row.result!);
  return row.outcome ? { ...base, stored: row.outcome } : base;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        actor: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  if (positionals.length === 0) usage('Name at least one file to ingest.');
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && (!Number.isInteger(maxBytes) || maxBytes <= 0))
    usage('--max-bytes takes a positive whole number of bytes.');

  const read = positionals.map(readFile);
  const readable = read.filter((f): f is { name: string; bytes: Uint8Array } => 'bytes' in f);
  let results: IngestResult[];
  let outcomes: (StoreOutcome | null)[] = readable.map(() => null);

  if (values['dry-run']) {
    results = ingestBatch(readable, { maxBytes, pdfText: await preparePdfs(readable, maxBytes) });
  } else {
    const { storeWithDatabase } = await import('./store-with-database');
    const stored = await storeWithDatabase(readable, { maxBytes, actor: values.actor ?? `cli:${process.env.USER ?? 'unknown'}` });
    results = stored.map((s) => s.result);
    outcomes = stored.map((s) => s.outcome);
  }

  let next = 0;
  const rows: Row[] = read.map((file) => {
    if ('error' in file) return { file: file.name, result: null, error: file.error, outcome: null };
    const index = next++;
    return { file: file.name, result: results[index]!, error: null, outcome: outcomes[index] ?? null };
  });
  if (values.json) console.log(JSON.stringify(rows.map(json), null, 2));
  else for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(`Ingestion stopped: ${(error as Error).message}`);
  process.exit(1);
});
