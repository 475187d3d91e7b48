import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRows, CopyBinaryWriter } from '../lib/copy-binary';
import { createTestDatabaseWithClient } from '../../tests/helpers/test-database';

let client: pg.Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await createTestDatabaseWithClient({ migrated: false }));
  await client.query('CREATE TABLE sample (t text, n int, d date, flag boolean, raw bytea, list text[], pair char(2))');
});
afterAll(() => close());

const copy = (rows: Buffer) => copyRows(client, 'sample', null, rows);

describe('binary COPY rows', () => {
  it('arrive as the values written, nulls and empty arrays included, past the first buffer', async () => {
    await client.query('TRUNCATE sample');
    const long = 'گفتگو‌ها 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Việt '.repeat(2000);
    const rows = new CopyBinaryWriter(64);
    rows
      .row(7)
      .text('سلام 𝄞 "quoted" \\ {braces}')
      .int4(-7)
      .date('1999-12-31')
      .bool(true)
      .bytea(Buffer.from([0, 255, 10]))
      .textArray(['a', '', 'ب,ج', '{x}'])
      .text('pk');
    rows.row(7).text(null).int4(null).date(null).bool(false).bytea(Buffer.alloc(0)).textArray([]).text(null);
    rows
      .row(7)
      .text(long)
      .int4(2 ** 31 - 1)
      .date('2026-11-27')
      .bool(false)
      .bytea(Buffer.from(long))
      .textArray([long])
      .text('ir');
    await copy(rows.finish());
    const { rows: stored } = await client.query(
      `SELECT t, n, to_char(d, 'YYYY-MM-DD') AS d, flag, raw, list, pair FROM sample ORDER BY n NULLS LAST`,
    );
    expect(stored).toEqual([
      {
        t: 'سلام 𝄞 "quoted" \\ {braces}',
        n: -7,
        d: '1999-12-31',
        flag: true,
        raw: Buffer.from([0, 255, 10]),
        list: ['a', '', 'ب,ج', '{x}'],
        pair: 'pk',
      },
      { t: long, n: 2 ** 31 - 1, d: '2026-11-27', flag: false, raw: Buffer.from(long), list: [long], pair: 'ir' },
      { t: null, n: null, d: null, flag: false, raw: Buffer.alloc(0), list: [], pair: null },
    ]);
  });

  it('refuses what it cannot write rather than write something else', () => {
    expect(() => new CopyBinaryWriter().row(1).date('2026-02-30')).toThrow(/not a date/);
  });
});
