-- The raw bytes of every uploaded file, verbatim: nothing an admin uploaded is ever lost.
CREATE TABLE raw_file (
  id           text PRIMARY KEY,
  file_name    text NOT NULL,
  sha256       text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size    integer NOT NULL CHECK (byte_size >= 0),
  encoding     text,
  bytes        bytea NOT NULL,
  uploaded_at  timestamptz(3) NOT NULL DEFAULT now(),
  uploaded_by  text NOT NULL
);

CREATE TABLE article (
  id                  text PRIMARY KEY,
  title               text NOT NULL,
  language            text NOT NULL,
  direction           text NOT NULL CHECK (direction IN ('ltr', 'rtl')),
  paragraphs          text[] NOT NULL,
  captions            text[] NOT NULL DEFAULT '{}',
  removed             text[] NOT NULL DEFAULT '{}',
  published_at        date,
  date_precision      text CHECK (date_precision IN ('day', 'month', 'year')),
  date_year           integer,
  date_month          integer CHECK (date_month BETWEEN 1 AND 12),
  date_day            integer CHECK (date_day BETWEEN 1 AND 31),
  date_text           text,
  calendar            text,
  source              text,
  author              text,
  countries_mentioned text[] NOT NULL DEFAULT '{}',
  pair_a              char(2),
  pair_b              char(2),
  -- "PK-US": the facet value and URL parameter; kept in step with pair_a/pair_b by the CHECK.
  pair_key            text,
  body_hash           text NOT NULL,
  synthetic           boolean NOT NULL DEFAULT false,
  status              text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'unpublished')),
  raw_file_id         text REFERENCES raw_file (id),
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT pair_sorted CHECK (
    (pair_a IS NULL AND pair_b IS NULL AND pair_key IS NULL)
    OR (pair_a < pair_b AND pair_key = pair_a || '-' || pair_b)
  ),
  CONSTRAINT published_at_matches_precision CHECK (
    (published_at IS NULL) = (date_precision IS NULL)
  )
);

CREATE INDEX article_listing_idx ON article (status, published_at DESC NULLS LAST, created_at DESC, id);
CREATE INDEX article_pair_idx ON article (pair_key, published_at);
CREATE INDEX article_language_idx ON article (language, published_at);
CREATE INDEX article_body_hash_idx ON article (body_hash);

CREATE TABLE audit_entry (
  id          bigserial PRIMARY KEY,
  at          timestamptz(3) NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  action      text NOT NULL,
  article_id  text REFERENCES article (id),
  changes     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entry_article_idx ON audit_entry (article_id, at);
