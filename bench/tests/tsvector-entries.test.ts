import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../lib/ingest';
import { searchDocument } from '../../lib/search/document';
import { needsNormalising, tsvectorEntries } from '../lib/tsvector-entries';
import { copyRows, CopyBinaryWriter } from '../lib/copy-binary';
import { generateArticle } from '../lib/corpus';
import { createTestDatabaseWithClient } from '../../tests/helpers/test-database';

let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await createTestDatabaseWithClient({ migrated: false }));
});
afterAll(() => close());

const expected = `setweight(to_tsvector('simple', t), 'A') || setweight(to_tsvector('simple', b), 'D')`;
const partsOf = (p: { title: string; body: string }) => [{ text: p.title, weight: 'A' as const }, { text: p.body, weight: 'D' as const }];

/**
 * The texts whose binary form, as the corpus generator COPYs it, differs from what PostgreSQL's
 * own text search makes of them. Texts the model declines (null: a word the parser splits or
 * drops) or that PostgreSQL would have to normalise (needsNormalising) are left to to_tsvector,
 * so they cannot differ.
 */
async function mismatches(all: { title: string; body: string }[]): Promise<{ title: string; body: string; expected: string; got: string }[]> {
  const binary = new CopyBinaryWriter();
  const sent: { title: string; body: string }[] = [];
  for (const p of all) {
    const entries = tsvectorEntries(partsOf(p));
    if (!entries || needsNormalising(entries.values())) continue;
    sent.push(p);
    binary.row(4).int4(sent.length).text(p.title).text(p.body).tsvector(entries);
  }
  await client.query('CREATE TEMP TABLE IF NOT EXISTS binary_vectors (i int, t text, b text, v tsvector)');
  await client.query('TRUNCATE binary_vectors');
  await copyRows(client, 'binary_vectors', null, binary.finish());
  const { rows } = await client.query<{ i: number; expected: string; got: string }>(
    `SELECT i, (${expected})::text AS expected, v::text AS got FROM binary_vectors WHERE ${expected} IS DISTINCT FROM v`,
  );
  return rows.map((r) => ({ ...sent[r.i - 1]!, expected: r.expected, got: r.got }));
}

const keysOf = (title: string, paragraphs: string[]) => {
  const doc = searchDocument(title, paragraphs);
  return [
    { title: doc.titleFolded, body: doc.bodyFolded },
    { title: doc.titleExact, body: doc.bodyExact },
  ];
};

describe('tsvector entries in binary form', () => {
  it('equals to_tsvector on generated articles in every language', async () => {
    const pairs = Array.from({ length: 300 }, (_, i) => generateArticle(7, i)).flatMap((a) => keysOf(a.title, a.paragraphs));
    expect(pairs.filter((p) => tsvectorEntries(partsOf(p)) === null)).toEqual([]);
    // Every one goes in binary form, as the corpus generator sends them.
    expect(pairs.filter((p) => needsNormalising(tsvectorEntries(partsOf(p))!.values()))).toEqual([]);
    expect(await mismatches(pairs)).toEqual([]);
  });

  it('equals to_tsvector on the real demo articles', async () => {
    const dir = path.resolve(__dirname, '../../../shared/corpus/articles');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    const pairs = files.flatMap((file) => {
      const result = ingestFile(fs.readFileSync(path.join(dir, file)), file);
      return result.ok ? keysOf(result.title, result.paragraphs) : [];
    });
    expect(pairs.length).toBeGreaterThan(0);
    expect(await mismatches(pairs)).toEqual([]);
  });

  it('keeps PostgreSQL limits: 255 positions per word, positions stop at 16383', async () => {
    const many = Array.from({ length: 400 }, () => 'the').join(' ');
    const long = Array.from({ length: 17000 }, (_, i) => `w${i % 50}`).join(' ');
    const distinct = Array.from({ length: 17000 }, (_, i) => `w${i}`).join(' ');
    const cases = [
      { title: many, body: many },
      { title: distinct, body: 'w16999 after the last position' },
      { title: 'x', body: long },
      { title: long, body: 'after the long title' },
      { title: '', body: '' },
      { title: '', body: 'only body' },
    ];
    expect(await mismatches(cases)).toEqual([]);
    // More than 255 positions of one word, or two at the last position: PostgreSQL's text input
    // merges and caps them, its binary input would refuse them, so the binary form is not made.
    expect(cases.map((p) => needsNormalising(tsvectorEntries(partsOf(p))!.values()))).toEqual([true, true, false, false, false, false]);
    // Such a vector is left to to_tsvector, but the model still has to find its last position.
    const { rows } = await client.query<{ positions: number[] }>(`SELECT positions FROM unnest(to_tsvector('simple', $1)) WHERE lexeme = 'w16999'`, [distinct]);
    expect(rows[0]!.positions).toEqual([16383]);
    expect(tsvectorEntries([{ text: distinct, weight: 'D' }])!.get('w16999')).toEqual([16383]);
  });

  it('declines words the parser splits or drops', () => {
    expect(tsvectorEntries([{ text: 'range 1e2a', weight: 'D' }])).toBeNull();
    expect(tsvectorEntries([{ text: 'x'.repeat(2048), weight: 'D' }])).toBeNull();
    // Weight A is 3 in a position's top two bits.
    expect(tsvectorEntries([{ text: 'x1e5 17th 2e', weight: 'A' }])).toEqual(
      new Map([
        ['x1e5', [(3 << 14) | 1]],
        ['17th', [(3 << 14) | 2]],
        ['2e', [(3 << 14) | 3]],
      ]),
    );
  });

  it('equals to_tsvector on arbitrary text once it is a search key', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'E', 'ک', 'ی', 'đ', 'ế', '1', '۲', ' ', '\u200C', '-', "'", '\\', 'ـ', 'Ä'), maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 20 }), async (texts) => {
        const pairs = texts.flatMap(([title, body]) => keysOf(title, [body]));
        expect(await mismatches(pairs)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
