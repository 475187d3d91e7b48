import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solarDate } from '../../lib/i18n/solar-hijri';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// facet_count's Solar month keys come from the SQL function solar_hijri_month; the bars' ranges
// and every date a Dari reader sees come from @internationalized/date (held to ICU by its own
// tests). A day the two put in different months would be counted in one bar and selected by another.

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe('solar_hijri_month', () => {
  it('puts every day from 1900 to 2100 in the Solar Hijri month @internationalized/date gives', async () => {
    const { rows } = await client.query<{ day: string; month: number }>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day, solar_hijri_month(d::date) AS month
       FROM generate_series(DATE '1900-01-01', DATE '2100-12-31', INTERVAL '1 day') AS d`,
    );
    expect(rows).toHaveLength(73_414);
    const wrong = rows.filter(({ day, month }) => {
      const solar = solarDate(day);
      return month !== solar.year * 100 + solar.month;
    });
    expect(wrong).toEqual([]);
  });

  it('turns the month on 1 Hamal, 1 Sawr and after the leap day 30 Hut', async () => {
    const month = async (day: string) => (await client.query<{ m: number }>('SELECT solar_hijri_month($1::date) AS m', [day])).rows[0]!.m;
    expect(await month('2024-03-19')).toBe(140212);
    expect(await month('2024-03-20')).toBe(140301);
    expect(await month('2024-04-19')).toBe(140301);
    expect(await month('2024-04-20')).toBe(140302);
    expect(await month('2025-03-20')).toBe(140312);
    expect(await month('2025-03-21')).toBe(140401);
  });
});
