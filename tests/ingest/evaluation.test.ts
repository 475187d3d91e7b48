/**
 * The ingester against labelled pages: the seed corpus it was built on, the development set of
 * pages from many other sites, and a hold-out set written apart from the code. Thresholds are
 * those the team holds the ingester to (`npm run ingest:eval` prints every miss).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accuracy, FIELDS, type Evaluation } from '../../lib/ingest/evaluate';
import { evaluateGoldFile } from '../../scripts/lib/gold-files';

const corpus = path.resolve(__dirname, '../../../shared/corpus');
const holdout = path.resolve(__dirname, '../fixtures/ingest-holdout/gold.json');
const holdout2 = path.resolve(__dirname, '../fixtures/ingest-holdout-2/gold.json');
const htmlPages = path.resolve(__dirname, '../../lib/ingest/html/fixtures/gold.json');

const missLines = (evaluation: Evaluation) =>
  evaluation.misses.map((m) => `${m.file} ${m.field}: got ${JSON.stringify(m.got)}, want ${JSON.stringify(m.want)}`);
const weakFields = (evaluation: Evaluation, floor: number) =>
  FIELDS.filter((f) => accuracy(evaluation.fields[f]) < floor).map((f) => `${f} ${accuracy(evaluation.fields[f]).toFixed(3)}`);

describe('ingester evaluation', () => {
  it('reads every field of the five seed pages', () => {
    const evaluation = evaluateGoldFile(path.join(corpus, 'gold.json'));
    expect(evaluation.files).toBe(5);
    expect(missLines(evaluation)).toEqual([]);
  });

  it('reads at least 97% of the development set, and at least 90% of each field', () => {
    const evaluation = evaluateGoldFile(path.join(corpus, 'dev/gold.json'));
    expect(evaluation.files).toBeGreaterThanOrEqual(31);
    expect(accuracy(evaluation), missLines(evaluation).join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(weakFields(evaluation, 0.9)).toEqual([]);
  });

  it.each([
    [holdout, 24],
    [holdout2, 28],
  ])('reads the hold-out pages of %s (written apart from the code) as well as the development set', (gold, files) => {
    const evaluation = evaluateGoldFile(gold);
    expect(evaluation.files).toBe(files);
    expect(accuracy(evaluation), missLines(evaluation).join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(weakFields(evaluation, 0.9)).toEqual([]);
  });

  it('reads every field of the saved HTML pages', () => {
    const evaluation = evaluateGoldFile(htmlPages);
    expect(evaluation.files).toBeGreaterThanOrEqual(6);
    expect(missLines(evaluation)).toEqual([]);
  });
});
