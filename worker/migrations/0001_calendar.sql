-- The published calendar (one snapshot, replaced whole by each publish), its version history,
-- and the signatures already seen on admin requests (replay protection).

CREATE TABLE published_events (
  id TEXT PRIMARY KEY NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  last_modified TEXT NOT NULL,
  start_date TEXT,
  title TEXT NOT NULL,
  -- The OutreachEvent as published, JSON; sequence and last_modified are the columns above.
  event_json TEXT NOT NULL
);

-- The feeds' order: dated events by start date, undated last, then title.
CREATE INDEX published_events_by_start ON published_events (start_date IS NULL, start_date, title);

CREATE TABLE calendar_versions (
  version INTEGER PRIMARY KEY NOT NULL CHECK (version > 0),
  published_at TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  changed INTEGER NOT NULL DEFAULT 0,
  removed INTEGER NOT NULL DEFAULT 0,
  event_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE admin_nonces (
  signature TEXT PRIMARY KEY NOT NULL,
  -- Unix seconds after which the signature's timestamp is outside the window anyway.
  expires_at INTEGER NOT NULL
);

CREATE INDEX admin_nonces_by_expiry ON admin_nonces (expires_at);
