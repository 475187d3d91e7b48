import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../lib/ingest';
import { searchDocument } from '../../lib/search/document';
import { needsNormalising, tsvectorEntries, tsvectorLiteral } from '../../lib/search/tsvector-literal';
import { copyRows, CopyBinaryWriter } from '../../scripts/lib/copy-binary';
import { generateArticle } from '../../scripts/lib/corpus';
import { createTestDatabaseWithClient } from '../helpers/test-database';

let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await createTestDatabaseWithClient({ migrated: false }));
});
afterAll(() => close());

const expected = `setweight(to_tsvector('simple', t), 'A') || setweight(to_tsvector('simple', b), 'D')`;
const partsOf = (p: { title: string; body: string }) => [{ text: p.title, weight: 'A' as const }, { text: p.body, weight: 'D' as const }];

/**
 * The texts whose literal, or whose binary form (as the corpus generator COPYs it), differs from
 * what PostgreSQL's own text search makes of them. Texts the literal declines (null) are left to
 * to_tsvector, so they cannot differ; so are texts the binary form declines (needsNormalising).
 */
async function mismatches(all: { title: string; body: string }[]): Promise<{ form: string; title: string; body: string; expected: string; got: string }[]> {
  const literal = (p: { title: string; body: string }) => tsvectorLiteral(partsOf(p));
  const pairs = all.filter((p) => literal(p) !== null);
  const literalRows = await client.query<{ i: number; expected: string; got: string }>(
    `SELECT i::int, (${expected})::text AS expected, lit::tsvector::text AS got
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(t, b, lit, i)
      WHERE ${expected} IS DISTINCT FROM lit::tsvector`,
    [pairs.map((p) => p.title), pairs.map((p) => p.body), pairs.map(literal)],
  );

  const binary = new CopyBinaryWriter();
  const sent: { title: string; body: string }[] = [];
  for (const p of pairs) {
    const entries = tsvectorEntries(partsOf(p))!;
    if (needsNormalising(entries.values())) continue;
    sent.push(p);
    binary.row(4).int4(sent.length).text(p.title).text(p.body).tsvector(entries);
  }
  await client.query('CREATE TEMP TABLE IF NOT EXISTS binary_vectors (i int, t text, b text, v tsvector)');
  await client.query('TRUNCATE binary_vectors');
  await copyRows(client, 'binary_vectors', null, binary.finish());
  const binaryRows = await client.query<{ i: number; expected: string; got: string }>(
    `SELECT i, (${expected})::text AS expected, v::text AS got FROM binary_vectors WHERE ${expected} IS DISTINCT FROM v`,
  );
  return [
    ...literalRows.rows.map((r) => ({ form: 'literal', ...pairs[r.i - 1]!, expected: r.expected, got: r.got })),
    ...binaryRows.rows.map((r) => ({ form: 'binary', ...sent[r.i - 1]!, expected: r.expected, got: r.got })),
  ];
}

const keysOf = (title: string, paragraphs: string[]) => {
  const doc = searchDocument(title, paragraphs);
  return [
    { title: doc.titleFolded, body: doc.bodyFolded },
    { title: doc.titleExact, body: doc.bodyExact },
  ];
};

describe('tsvector literal and binary form', () => {
  it('equals to_tsvector on generated articles in every language', async () => {
    const pairs = Array.from({ length: 300 }, (_, i) => generateArticle(7, i)).flatMap((a) => keysOf(a.title, a.paragraphs));
    expect(pairs.filter((p) => tsvectorLiteral([{ text: p.title, weight: 'A' }, { text: p.body, weight: 'D' }]) === null)).toEqual([]);
    // Every one goes in binary form too, as the corpus generator sends them.
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
  });

  it('declines words the parser splits or drops', () => {
    expect(tsvectorLiteral([{ text: 'range 1e2a', weight: 'D' }])).toBeNull();
    expect(tsvectorLiteral([{ text: 'x'.repeat(2048), weight: 'D' }])).toBeNull();
    expect(tsvectorLiteral([{ text: 'x1e5 17th 2e', weight: 'A' }])).toBe("'x1e5':1A '17th':2A '2e':3A");
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
