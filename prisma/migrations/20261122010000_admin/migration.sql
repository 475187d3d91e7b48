-- Admin accounts, their sessions and the sign-in attempts that throttling counts.

CREATE TABLE admin_user (
  id             bigserial PRIMARY KEY,
  -- Stored lower-cased and trimmed (lib/auth/admins.ts), so a plain unique index is case-insensitive.
  email          text NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
  password_hash  text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  disabled       boolean NOT NULL DEFAULT false
);

-- Only the SHA-256 of the session token is stored: a leaked table does not sign anyone in.
CREATE TABLE admin_session (
  id            text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  user_id       bigint NOT NULL REFERENCES admin_user (id),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  expires_at    timestamptz(3) NOT NULL,
  last_seen_at  timestamptz(3) NOT NULL DEFAULT now(),
  ip            text,
  user_agent    text
);
CREATE INDEX admin_session_user_idx ON admin_session (user_id);
CREATE INDEX admin_session_expires_idx ON admin_session (expires_at);

-- One row per sign-in attempt and key: `email:<address>` and `ip:<address>`.
CREATE TABLE sign_in_attempt (
  id       bigserial PRIMARY KEY,
  key      text NOT NULL,
  at       timestamptz(3) NOT NULL DEFAULT now(),
  success  boolean NOT NULL
);
CREATE INDEX sign_in_attempt_key_idx ON sign_in_attempt (key, at DESC);

CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);
