-- Date-ordered pages read the index in key order from a cursor, however deep the page:
-- undated articles sort as the oldest ('-infinity') so the whole key compares as one tuple.
DROP INDEX IF EXISTS article_listing_idx;
CREATE INDEX article_date_key_idx ON article ((coalesce(published_at, '-infinity'::date)) DESC, created_at DESC, id DESC)
  WHERE status = 'published';
