-- The Dari reading room's date histogram has a bar per Solar Hijri month. Solar months start
-- between the 19th and the 23rd of a Gregorian month, so facet_count's Gregorian months cannot be
-- summed into them, and counting them from the articles read every dated row of the view on each
-- first view after a write. facet_count now keeps Solar months too, beside the Gregorian ones.

-- The Solar Hijri year * 100 + month of a date: the arithmetic of ICU's Persian calendar (the
-- 33-year cycle), which @internationalized/date also implements and which prints every date a
-- Dari reader sees. tests/integration/solar-month-sql.test.ts holds the two to the same answer
-- for every day of two centuries. Three plain SQL expressions, each argument named once where it
-- is costly, so that the planner inlines them: written with subqueries, the function ran as a
-- call per row, many times slower over a whole collection. Integer division is floor
-- division here because every date facet_count accepts (year 1000 on) is after the calendar's
-- epoch: 1948320 is the Julian day of 1 Farvardin 1 and 2451545 that of 2000-01-01.
CREATE FUNCTION solar_hijri_month_in_year(since_epoch integer, solar_year integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT solar_year * 100 + 1 + CASE
    WHEN since_epoch - (365 * (solar_year - 1) + (8 * solar_year + 21) / 33) < 216
      THEN (since_epoch - (365 * (solar_year - 1) + (8 * solar_year + 21) / 33)) / 31
    ELSE (since_epoch - (365 * (solar_year - 1) + (8 * solar_year + 21) / 33) - 6) / 30
  END
$$;

CREATE FUNCTION solar_hijri_month_since_epoch(since_epoch integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT solar_hijri_month_in_year(since_epoch, 1 + (33 * since_epoch + 3) / 12053)
$$;

CREATE FUNCTION solar_hijri_month(d date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT solar_hijri_month_since_epoch((d - DATE '2000-01-01') + 2451545 - 1948320)
$$;

-- Solar months are kept as negative keys, -(year * 100 + month), so that every existing reader of
-- the Gregorian keys (month > 0), the undated count (0) and all dates (-1) reads what it read.
ALTER TABLE facet_count DROP CONSTRAINT facet_count_month_check;
ALTER TABLE facet_count ADD CONSTRAINT facet_count_month_check
  CHECK (month IN (-1, 0) OR month BETWEEN 100001 AND 999912 OR month BETWEEN -999912 AND -101);

CREATE OR REPLACE FUNCTION article_facet_keys(pair_key text, language text, source text, countries text[], published_at date)
RETURNS TABLE (scope text, facet text, value text, month integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.scope, k.facet, k.value, m.month
  FROM (
    SELECT ''
    UNION ALL SELECT 'pair:' || pair_key WHERE pair_key IS NOT NULL
    UNION ALL SELECT 'language:' || language
  ) AS s(scope),
  (
    SELECT 'all', ''
    UNION ALL SELECT 'language', language
    UNION ALL SELECT 'source', source WHERE source IS NOT NULL
    UNION ALL SELECT DISTINCT 'country', c FROM unnest(countries) AS c
  ) AS k(facet, value),
  (
    SELECT -1
    UNION ALL SELECT coalesce(extract(year FROM published_at)::int * 100 + extract(month FROM published_at)::int, 0)
    UNION ALL SELECT -solar_hijri_month(published_at) WHERE published_at IS NOT NULL
  ) AS m(month)
$$;

-- The Solar rows of the articles already stored; the triggers keep them from here on.
INSERT INTO facet_count (scope, facet, value, month, count)
SELECT k.scope, k.facet, k.value, k.month, count(*)::int
FROM article r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
WHERE r.status = 'published' AND k.month < -1
GROUP BY 1, 2, 3, 4;
