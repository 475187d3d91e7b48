-- Search keys, built by lib/search (the same normaliser reads queries) and written with the
-- article. Folded: Latin diacritics dropped; exact: kept, so that an exact match ranks higher.
ALTER TABLE article ADD COLUMN search_folded tsvector;
ALTER TABLE article ADD COLUMN search_exact tsvector;

CREATE INDEX article_search_folded_idx ON article USING gin (search_folded);
CREATE INDEX article_search_exact_idx ON article USING gin (search_exact);
