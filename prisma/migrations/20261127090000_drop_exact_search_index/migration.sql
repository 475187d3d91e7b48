-- search_exact only ranks rows already found through search_folded (lib/articles/list.ts); no query
-- looks rows up by it. Its GIN index cost as much to keep up on every write and to build after a
-- bulk load as the one that is used, for nothing.
DROP INDEX IF EXISTS article_search_exact_idx;
