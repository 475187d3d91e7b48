-- A number that changes in the same transaction as every write to the articles, their
-- translations (searched with them) or their counts, so that two snapshots showing the same number
-- show the same articles. The reading room keeps
-- the facet counts of a search, which cost a pass over every match (over a second for a common
-- word at a million articles), under this number (lib/articles/count-cache.ts): the next page of
-- the same search, or the same search by a colleague, reads them again only after a write.
-- Writers take this one row's lock at the end of each statement until they commit; writes to
-- articles are uploads and edits, few at a time.
CREATE TABLE corpus_version (
  id      boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint  NOT NULL
);
INSERT INTO corpus_version (id, version) VALUES (true, 0);

CREATE FUNCTION bump_corpus_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE corpus_version SET version = version + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER corpus_version_article AFTER INSERT OR UPDATE OR DELETE ON article
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_version();
CREATE TRIGGER corpus_version_article_truncate AFTER TRUNCATE ON article
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_version();
-- facet_count also changes without a write to article: rebuilt after a bulk load.
CREATE TRIGGER corpus_version_facet_count AFTER INSERT OR UPDATE OR DELETE ON facet_count
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_version();
CREATE TRIGGER corpus_version_facet_count_truncate AFTER TRUNCATE ON facet_count
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_version();
-- A search matches an article's translations too.
CREATE TRIGGER corpus_version_article_translation AFTER INSERT OR UPDATE OR DELETE ON article_translation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_version();
CREATE TRIGGER corpus_version_article_translation_truncate AFTER TRUNCATE ON article_translation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_version();
