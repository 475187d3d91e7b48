-- Facet counts per value and month, kept exact by the triggers below in the same transaction as
-- every write to article: an analyst never sees a count that a publish or unpublish has made stale.
-- The reading room reads every count that this table holds exactly from here instead of
-- aggregating the article table (lib/articles/facet-counts.ts says which those are).
CREATE TABLE facet_count (
  -- '' for the whole collection, 'pair:PK-US' within a country pair, 'language:fa-AF' within a
  -- language: pair and language are an analyst's first narrowings, so their joint counts with
  -- every other facet are kept too. The pair facet is the 'all' rows of the pair scopes.
  scope  text    NOT NULL CHECK (scope = '' OR scope LIKE 'pair:%' OR scope LIKE 'language:%'),
  facet  text    NOT NULL CHECK (facet IN ('all', 'language', 'source', 'country')),
  value  text    NOT NULL,
  -- year * 100 + month of published_at; 0 for articles without a known date; -1 for all dates
  -- together, so that an unfiltered facet reads one row per value instead of one per value and month.
  month  integer NOT NULL CHECK (month IN (-1, 0) OR month BETWEEN 100001 AND 999912),
  count  integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (facet, scope, month, value)
);
-- The pair and language facets, within a selection of another facet: every scope's row for one value.
CREATE INDEX facet_count_by_value_idx ON facet_count (facet, month, value, scope) INCLUDE (count);

-- The keys one published article counts towards: every facet value it has, for the whole
-- collection, within its pair and within its language, in its month and in all dates.
CREATE FUNCTION article_facet_keys(pair_key text, language text, source text, countries text[], published_at date)
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
  (VALUES (-1), (coalesce(extract(year FROM published_at)::int * 100 + extract(month FROM published_at)::int, 0))) AS m(month)
$$;

-- Statement-level with transition tables, so that a batch insert costs one aggregate, not one
-- upsert per row and facet. Keys are upserted in sorted order so that concurrent writers take
-- row locks in the same order and cannot deadlock each other.
CREATE FUNCTION facet_count_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO facet_count AS fc (scope, facet, value, month, count)
  SELECT k.scope, k.facet, k.value, k.month, count(*)::int
  FROM new_rows r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
  WHERE r.status = 'published'
  GROUP BY 1, 2, 3, 4 ORDER BY 2, 1, 4, 3
  ON CONFLICT (facet, scope, month, value) DO UPDATE SET count = fc.count + excluded.count;
  RETURN NULL;
END $$;

-- A negative delta cannot go through the upsert: its proposed row would fail the CHECK before
-- the conflict is seen. Decrements are plain updates; their rows exist.
CREATE FUNCTION facet_count_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changes AS (
    SELECT k.scope, k.facet, k.value, k.month, sum(d.sign)::int AS delta
    FROM (
      SELECT r.*, 1 AS sign FROM new_rows r WHERE r.status = 'published'
      UNION ALL
      SELECT r.*, -1 AS sign FROM old_rows r WHERE r.status = 'published'
    ) d, article_facet_keys(d.pair_key, d.language, d.source, d.countries_mentioned, d.published_at) k
    GROUP BY 1, 2, 3, 4
  ), decrements AS (
    UPDATE facet_count AS fc SET count = fc.count + c.delta
    FROM changes c
    WHERE c.delta < 0 AND fc.facet = c.facet AND fc.scope = c.scope AND fc.month = c.month AND fc.value = c.value
  )
  INSERT INTO facet_count AS fc (scope, facet, value, month, count)
  SELECT scope, facet, value, month, delta FROM changes
  WHERE delta > 0
  ORDER BY 2, 1, 4, 3
  ON CONFLICT (facet, scope, month, value) DO UPDATE SET count = fc.count + excluded.count;
  RETURN NULL;
END $$;

CREATE FUNCTION facet_count_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facet_count AS fc SET count = fc.count - gone.n
  FROM (
    SELECT k.scope, k.facet, k.value, k.month, count(*)::int AS n
    FROM old_rows r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
    WHERE r.status = 'published'
    GROUP BY 1, 2, 3, 4
  ) gone
  WHERE fc.facet = gone.facet AND fc.scope = gone.scope AND fc.month = gone.month AND fc.value = gone.value;
  RETURN NULL;
END $$;

CREATE TRIGGER facet_count_insert AFTER INSERT ON article
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION facet_count_after_insert();
CREATE TRIGGER facet_count_update AFTER UPDATE ON article
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION facet_count_after_update();
CREATE TRIGGER facet_count_delete AFTER DELETE ON article
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION facet_count_after_delete();

INSERT INTO facet_count (scope, facet, value, month, count)
SELECT k.scope, k.facet, k.value, k.month, count(*)::int
FROM article r, article_facet_keys(r.pair_key, r.language, r.source, r.countries_mentioned, r.published_at) k
WHERE r.status = 'published'
GROUP BY 1, 2, 3, 4;

-- Pair-filtered pages and the facets within a pair: one index serves the page in date order and,
-- with the INCLUDE columns, lets the other facets' counts be read without touching the wide rows.
DROP INDEX IF EXISTS article_pair_idx;
CREATE INDEX article_pair_date_idx ON article
  (pair_key, (coalesce(published_at, '-infinity'::date)) DESC, created_at DESC, id DESC)
  INCLUDE (published_at, language, source, countries_mentioned)
  WHERE status = 'published';

-- "Is any of this synthetic?" answers from a small index instead of counting the whole view.
CREATE INDEX article_synthetic_idx ON article (id) WHERE synthetic;

-- Storage here is solid-state: the default random_page_cost (4, for spinning disks) makes the
-- planner read the whole table for a common search word, decompressing every row's tsvector,
-- where the GIN bitmap needs no recheck and reads only the matching rows.
DO $$ BEGIN
  EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
END $$;
