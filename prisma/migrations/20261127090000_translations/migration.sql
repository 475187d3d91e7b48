-- Translations an admin attaches to an article: one per language, with its paragraphs aligned
-- to the original's and search keys built like the article's (lib/search), so that a search
-- also finds an article by its translation. Nothing here touches the article table, so the
-- facet_count triggers on article are unaffected; deleting an article takes its translations.
CREATE TABLE article_translation (
  id             text PRIMARY KEY,
  article_id     text NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  -- A BCP 47 tag, as lib/translations/schema.ts checks it (the same shape as article.language).
  language       text NOT NULL CHECK (language ~ '^(?:[a-z]{2,3}|und)(?:-[A-Za-z0-9]{2,8})*$'),
  title          text NOT NULL CHECK (title <> ''),
  paragraphs     text[] NOT NULL CHECK (cardinality(paragraphs) > 0),
  -- For each translation paragraph, the index (from 0) of the original paragraph it sits beside;
  -- never decreasing. Paragraph order (clamped to the original's last paragraph) unless realigned.
  alignment      integer[] NOT NULL,
  search_folded  tsvector,
  search_exact   tsvector,
  -- Where the translation comes from or who made it, as the admin wrote it.
  note           text,
  -- The uploaded file byte for byte, when the text came from one (null when pasted): nothing an
  -- admin uploaded is lost. Kept here, not in raw_file, whose rows are the articles' own files.
  file_name      text,
  file_bytes     bytea,
  file_encoding  text,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  created_by     text NOT NULL,
  CONSTRAINT article_translation_language_key UNIQUE (article_id, language),
  CONSTRAINT alignment_per_paragraph CHECK (cardinality(alignment) = cardinality(paragraphs)),
  CONSTRAINT file_complete CHECK ((file_name IS NULL) = (file_bytes IS NULL))
);

CREATE INDEX article_translation_search_folded_idx ON article_translation USING gin (search_folded);
