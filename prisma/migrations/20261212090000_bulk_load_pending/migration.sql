-- What a bulk load (scripts/lib/bulk-load.ts) has set aside and not yet put back, one row per
-- thing: a secondary index of article (rebuilt from its definition in the code), the facet-count
-- insert trigger (the counts are rebuilt), or a search vector column's storage before the load.
-- Each row is written in the transaction that sets its thing aside and deleted in the one that
-- puts it back, so after a crash the rows say exactly what the next run must repair. Earlier
-- versions kept this note in a file whose index definitions were run as SQL.
CREATE TABLE bulk_load_pending (
  kind    text NOT NULL CHECK (kind IN ('index', 'trigger', 'storage')),
  name    text NOT NULL,
  -- For kind 'storage': the column's storage before the load, one of PostgreSQL's four.
  storage text CHECK (storage IN ('PLAIN', 'EXTERNAL', 'MAIN', 'EXTENDED')),
  PRIMARY KEY (kind, name),
  CHECK ((kind = 'storage') = (storage IS NOT NULL))
);
