/**
 * The finder's share of the date fields, measured alone: on every labelled page, some line must
 * yield a candidate printed exactly as the gold `dateText`, read as the gold date and calendar.
 * Which candidate is the article's is the chooser's business (date-choice.ts), not tested here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const corpus = path.resolve(__dirname, '../../../shared/corpus');
const holdout = path.resolve(__dirname, '../../tests/fixtures/ingest-holdout');
const sets = [
  { dir: path.join(corpus, 'articles'), gold: path.join(corpus, 'gold.json') },
  { dir: path.join(corpus, 'dev'), gold: path.join(corpus, 'dev/gold.json') },
  { dir: holdout, gold: path.join(holdout, 'gold.json') },
].filter((s) => existsSync(s.gold));

interface Gold {
  file: string;
  language: string;
  publishedAt: string | null;
  dateText: string | null;
  calendar: string | null;
}

const pages = sets.flatMap((s) =>
  (JSON.parse(readFileSync(s.gold, 'utf8')) as Gold[])
    .filter((g) => g.dateText !== null)
    .map((g) => ({ ...g, path: path.join(s.dir, g.file) })),
);

describe('findDates on the labelled pages', () => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s prints its date as labelled', (_file, page) => {
    const lines = readFileSync(page.path, 'utf8').split(/\r?\n/);
    // Numeric solar dates (۱۴۰۲/۰۹/۲۰) are read as such on Persian-language pages only.
    const solarHijriNumeric = page.language.startsWith('fa');
    const found = lines.flatMap((l) => findDates(l, { solarHijriNumeric })).find((c) => c.text === page.dateText);
    expect(found, `no candidate printed as ${page.dateText}`).toBeDefined();
    expect(found?.gregorian ?? null).toBe(page.publishedAt);
    expect(found?.calendar ?? null).toBe(page.calendar);
  });
});
