-- Gateway keys. Only a SHA-256 of the secret part is stored; the key itself is shown once at creation.
CREATE TABLE api_keys (
  id          TEXT PRIMARY KEY,            -- public part of the key, shown in listings and audit records
  team        TEXT NOT NULL,
  secret_hash BLOB NOT NULL,               -- sha256(secret part)
  label       TEXT,
  created_at  TEXT NOT NULL,
  revoked_at  TEXT
);
CREATE INDEX api_keys_team ON api_keys(team);
