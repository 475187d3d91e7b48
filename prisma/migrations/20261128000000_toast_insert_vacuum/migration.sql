-- No insert-triggered vacuums of the TOAST tables of article and raw_file (paragraphs, vectors,
-- file bytes). Such a vacuum only sets visibility-map bits, which no index-only scan reads on a
-- TOAST table, and freezes early, which the anti-wraparound vacuum does in its time; reading TOAST
-- needs no hint bits either. Each pass reads what was written since the last one, and with data
-- checksums (PostgreSQL 18's default) logs in full every page written before the last checkpoint.
-- Loading 1M articles ran three passes over the article TOAST table (7 GB); without them the load
-- logged 98k whole pages instead of 0.48-0.55M, and 9.4 GB of WAL instead of 12 GB. Dead chunks
-- left by edits and deletes are still vacuumed as before.
ALTER TABLE article SET (toast.autovacuum_vacuum_insert_threshold = -1);
ALTER TABLE raw_file SET (toast.autovacuum_vacuum_insert_threshold = -1);
