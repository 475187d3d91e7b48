-- The columns that only ever take one of a few values become enums, which the generated client
-- types as unions: article.direction, article.status, article.date_precision and
-- audit_entry.action. The CHECK constraints that held the article columns go; the enum holds them
-- now. Values are kept as they are, each converted through its text.
--
-- Every audit action the app has written is listed. 'bulk-generate' is the generator's
-- (scripts/corpus-generate.ts). Another value stops the migration here, with nothing changed.
DO $$
DECLARE
  unknown text;
BEGIN
  SELECT string_agg(DISTINCT action, ', ') INTO unknown FROM audit_entry
  WHERE action NOT IN ('publish', 'edit', 'unpublish', 'republish', 'translation_attach', 'translation_realign', 'translation_delete', 'bulk-generate');
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'audit_entry holds actions this version does not know (%); add them to the audit_action type in this migration and in prisma/schema.prisma', unknown;
  END IF;
END $$;

CREATE TYPE text_direction AS ENUM ('ltr', 'rtl');
CREATE TYPE article_status AS ENUM ('published', 'unpublished');
CREATE TYPE article_date_precision AS ENUM ('day', 'month', 'year');
CREATE TYPE audit_action AS ENUM (
  'publish', 'edit', 'unpublish', 'republish', 'translation_attach', 'translation_realign', 'translation_delete', 'bulk-generate'
);

-- The two partial indexes compare status with a text literal and could not be carried over to the
-- new type; they are made again below, as scripts/lib/bulk-load.ts makes them.
DROP INDEX IF EXISTS article_date_key_idx;
DROP INDEX IF EXISTS article_pair_date_idx;

ALTER TABLE article
  DROP CONSTRAINT IF EXISTS article_direction_check,
  DROP CONSTRAINT IF EXISTS article_status_check,
  DROP CONSTRAINT IF EXISTS article_date_precision_check,
  ALTER COLUMN status DROP DEFAULT;

-- One rewrite of the table for the three columns. It also gives rows stored before migration
-- 20261127130000 that migration's narrow layout.
ALTER TABLE article
  ALTER COLUMN direction TYPE text_direction USING direction::text_direction,
  ALTER COLUMN status TYPE article_status USING status::article_status,
  ALTER COLUMN date_precision TYPE article_date_precision USING date_precision::article_date_precision;

ALTER TABLE article ALTER COLUMN status SET DEFAULT 'published';

CREATE INDEX IF NOT EXISTS article_date_key_idx ON article
  ((coalesce(published_at, '-infinity'::date)) DESC, created_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX IF NOT EXISTS article_pair_date_idx ON article
  (pair_key, (coalesce(published_at, '-infinity'::date)) DESC, created_at DESC, id DESC)
  INCLUDE (published_at, language, source, countries_mentioned) WHERE status = 'published';

ALTER TABLE audit_entry ALTER COLUMN action TYPE audit_action USING action::audit_action;
