/**
 * Scores the dry-run ingester against gold files: accuracy per field, overall, and every miss.
 * Usage: npm run ingest:eval -- [GOLD.json ...] [--min 0.97] [--quiet]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { accuracy, FIELDS, type Evaluation } from '../lib/ingest/evaluate';
import { evaluateGoldFile } from './lib/gold-files';

const USAGE = `Usage: npm run ingest:eval -- [GOLD.json ...] [--min SHARE] [--quiet]

  GOLD.json   gold files to score (default: the seed corpus and the development set in ../shared/corpus)
  --min S     exit 1 when the overall accuracy of any gold file is below S (0 to 1)
  --quiet     print the scores without the list of misses`;

const DEFAULT_GOLD = ['../shared/corpus/gold.json', '../shared/corpus/dev/gold.json'];

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function report(goldPath: string, evaluation: Evaluation, quiet: boolean): void {
  console.log(`\n${goldPath}: ${evaluation.files} files`);
  for (const field of FIELDS) {
    const score = evaluation.fields[field];
    if (score.total === 0) continue;
    console.log(`  ${field.padEnd(20)} ${percent(accuracy(score)).padStart(6)}  (${score.correct}/${score.total})`);
  }
  console.log(`  ${'overall'.padEnd(20)} ${percent(accuracy(evaluation)).padStart(6)}  (${evaluation.correct}/${evaluation.total})`);
  if (quiet || evaluation.misses.length === 0) return;
  console.log('  misses:');
  for (const miss of evaluation.misses) {
    console.log(`    ${miss.file} ${miss.field}\n      got:  ${show(miss.got)}\n      want: ${show(miss.want)}`);
  }
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { min: { type: 'string' }, quiet: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && !(min >= 0 && min <= 1)) usage('--min takes a share between 0 and 1, e.g. 0.97.');

  let failed = false;
  for (const gold of positionals.length ? positionals : DEFAULT_GOLD) {
    const goldPath = path.resolve(gold);
    let evaluation: Evaluation;
    try {
      evaluation = evaluateGoldFile(goldPath);
    } catch (error) {
      console.error(`Could not score ${gold}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    report(gold, evaluation, values.quiet);
    if (min !== undefined && accuracy(evaluation) < min) {
      console.log(`  below --min ${min}`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

main();
