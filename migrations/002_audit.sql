-- Audit log: one row per request, holding labels, counts, actions, timings and hashes; never a raw value,
-- a prompt or an answer. `seq` is the chain order; `hash` = sha256(prev_hash, canonical content of the row
-- with its findings and fingerprints), so editing, removing or reordering any row breaks the chain.
CREATE TABLE audit_records (
  seq               INTEGER PRIMARY KEY,
  time              TEXT NOT NULL,          -- ISO 8601 UTC, millisecond precision
  request_id        TEXT NOT NULL,
  team              TEXT,
  key_id            TEXT,                   -- public id of the gateway key, never the key
  client_ip         TEXT,
  endpoint          TEXT NOT NULL,
  model_requested   TEXT,
  model_answered    TEXT,
  route             TEXT NOT NULL,          -- cloud | local | blocked | error
  reason            TEXT NOT NULL,
  policy            TEXT,
  mode              TEXT,
  status            INTEGER NOT NULL,
  upstream_status   INTEGER,
  inspect_ms        REAL NOT NULL,
  upstream_ms       REAL,
  first_token_ms    REAL,
  total_ms          REAL NOT NULL,
  prompt_tokens     INTEGER,
  completion_tokens INTEGER,
  error             TEXT,
  finding_count     INTEGER NOT NULL,
  prev_hash         TEXT NOT NULL,
  hash              TEXT NOT NULL
);
CREATE INDEX audit_records_time ON audit_records(time);
CREATE INDEX audit_records_team_time ON audit_records(team, time);
CREATE INDEX audit_records_request ON audit_records(request_id);

-- Findings per label and type, normalised so the log can be filtered by label.
CREATE TABLE audit_findings (
  record_seq INTEGER NOT NULL REFERENCES audit_records(seq) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  label      TEXT NOT NULL,
  type       TEXT NOT NULL,
  count      INTEGER NOT NULL,
  detectors  TEXT NOT NULL,                 -- comma-separated detector ids
  action     TEXT NOT NULL,
  PRIMARY KEY (record_seq, idx)
) WITHOUT ROWID;
CREATE INDEX audit_findings_label ON audit_findings(label, record_seq);

-- Keyed HMAC-SHA256 fingerprints of found values (only when VEIL_FINGERPRINT_KEY is set).
CREATE TABLE audit_fingerprints (
  record_seq INTEGER NOT NULL REFERENCES audit_records(seq) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  label      TEXT NOT NULL,
  hmac       TEXT NOT NULL,
  PRIMARY KEY (record_seq, idx)
) WITHOUT ROWID;
CREATE INDEX audit_fingerprints_hmac ON audit_fingerprints(hmac);

-- After retention purges the oldest rows, the anchor keeps the seq and hash of the last purged row so the
-- remaining chain still verifies from its first row. One row at most.
CREATE TABLE audit_anchor (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  seq       INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  purged    INTEGER NOT NULL,                -- rows purged in total so far
  purged_at TEXT NOT NULL,
  before    TEXT NOT NULL                    -- purge cut-off time of the last purge
);
