-- A search matching a large part of the collection is counted from a sample of its matches
-- (lib/articles/search-sample.ts): the articles whose id hashes into the first k of 1024 buckets.
-- With the bucket as a second column of the search index, PostgreSQL intersects the word's
-- postings with the sample's inside the index and reads only the sampled rows from the table;
-- as a filter it would read every match first. btree_gin gives GIN the integer column; queries
-- on the words alone use this index as they used the one it replaces.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX IF EXISTS article_search_folded_idx;
CREATE INDEX article_search_folded_idx ON article USING gin (search_folded, (hashtext(id) & 1023));
