-- Near-duplicate fingerprints (lib/ingest/fingerprint.ts): each article's MinHash signature and
-- its LSH band keys. An upload is compared only with the articles sharing a band key, which the
-- GIN index finds, so a lookup reads a handful of rows at any size of the collection.
-- A table of its own rather than columns of article: writing a fingerprint later (the backfill
-- below) then rewrites no article row, fires none of article's triggers and leaves its indexes
-- alone, and the bulk generator, which writes article directly, needs no change.
CREATE TABLE article_fingerprint (
  article_id text     PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  -- 128 signed 32-bit minima; empty for a body without a single word (never a near duplicate).
  signature  integer[] NOT NULL DEFAULT '{}',
  band_keys  bigint[]  NOT NULL DEFAULT '{}',
  -- True until the app has computed the fingerprint (rows queued by this migration).
  pending    boolean   NOT NULL DEFAULT false
);
CREATE INDEX article_fingerprint_band_keys ON article_fingerprint USING gin (band_keys);
CREATE INDEX article_fingerprint_pending ON article_fingerprint (article_id) WHERE pending;

-- Articles stored before this migration are queued here and fingerprinted by the app when it
-- starts (lib/articles/fingerprints.ts, backfillFingerprints): SQL knows which rows exist, only
-- the app can compute a signature. Queued are the articles stored one by one through the ingester
-- (the demo seed, `npm run ingest`, uploads), which each got a 'publish' audit entry; the bulk
-- generator's synthetic articles have none and stay without a fingerprint, as do the ones it
-- writes later: they are load-test filler, and fingerprinting a million of them at a start would
-- hold the server back for many minutes.
INSERT INTO article_fingerprint (article_id, pending)
SELECT DISTINCT article_id, true FROM audit_entry WHERE action = 'publish' AND article_id IS NOT NULL;
