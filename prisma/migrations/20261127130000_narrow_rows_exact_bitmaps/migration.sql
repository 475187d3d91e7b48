-- A search for a common word reads every matching row's heap tuple to count facets. With the
-- paragraphs and both tsvectors kept inline (compressed), a tuple averaged 1.8 KB, so a quarter of
-- a million matches meant reading most of a 1.8 GB heap. Below a 128-byte target the toaster
-- moves the long columns out of line, leaving in the heap what lists and facets read (about 450
-- bytes a row, four times smaller). The short columns are marked MAIN so that they stay in the
-- row (compressed at most): left EXTENDED, the toaster would move titles and countries out too,
-- and every facet count would fetch them from the TOAST table one by one. Rows already stored keep
-- their layout until rewritten (`VACUUM FULL article`; README, "Performance").
ALTER TABLE article
  SET (toast_tuple_target = 128),
  ALTER COLUMN id SET STORAGE MAIN,
  ALTER COLUMN title SET STORAGE MAIN,
  ALTER COLUMN language SET STORAGE MAIN,
  ALTER COLUMN direction SET STORAGE MAIN,
  ALTER COLUMN date_precision SET STORAGE MAIN,
  ALTER COLUMN date_text SET STORAGE MAIN,
  ALTER COLUMN calendar SET STORAGE MAIN,
  ALTER COLUMN source SET STORAGE MAIN,
  ALTER COLUMN author SET STORAGE MAIN,
  ALTER COLUMN countries_mentioned SET STORAGE MAIN,
  ALTER COLUMN pair_a SET STORAGE MAIN,
  ALTER COLUMN pair_b SET STORAGE MAIN,
  ALTER COLUMN pair_key SET STORAGE MAIN,
  ALTER COLUMN body_hash SET STORAGE MAIN,
  ALTER COLUMN status SET STORAGE MAIN,
  ALTER COLUMN raw_file_id SET STORAGE MAIN;

-- With the default 4 MB, the bitmap of a common word's matches becomes lossy: PostgreSQL then
-- rechecks every row of each lossy page against the query, decompressing every tsvector in the
-- table (8 s where the exact bitmap takes 1.6 s, 278,742 matches of 1,000,000).
DO $$ BEGIN
  EXECUTE format('ALTER DATABASE %I SET work_mem = %L', current_database(), '32MB');
END $$;
