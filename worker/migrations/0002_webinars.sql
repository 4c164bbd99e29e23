-- Webinars (published whole by PUT /admin/webinars; one left out is archived, never deleted),
-- their registrations with a change sequence for the add-on's sync, and the fixed-window
-- counters that limit how often one client may post a registration.

CREATE TABLE webinars (
  slug TEXT PRIMARY KEY NOT NULL,
  -- The Webinar as published, JSON, join link included: no public route reads this column whole.
  webinar_json TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  -- Epoch milliseconds, so that instants written with different UTC offsets compare as numbers.
  starts_at_ms INTEGER NOT NULL,
  registration_opens_ms INTEGER NOT NULL,
  registration_closes_ms INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Set when a publish no longer lists the webinar: it leaves the public pages, its
  -- registrations stay. Publishing it again clears this.
  archived_at TEXT
);

CREATE TABLE registrations (
  -- Arrival order. AUTOINCREMENT never reuses a number, so the waiting list is served in the
  -- order people arrived even after rows are erased.
  arrival INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  webinar_slug TEXT NOT NULL REFERENCES webinars (slug),
  -- Personal data; all NULL once erased (the row stays as a tombstone for the sync).
  name TEXT,
  email TEXT,
  email_key TEXT,
  country TEXT,
  affiliation TEXT,
  language TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
  -- Hex SHA-256 of the private cancellation token; the token itself is never stored.
  cancel_token_hash TEXT UNIQUE,
  -- Bumped to one more than the largest in the table by every change to the row, so the sync
  -- can ask for everything changed after the last number it saw.
  change_seq INTEGER NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  cancelled_at TEXT,
  promoted_at TEXT,
  erased_at TEXT,
  CHECK (
    erased_at IS NOT NULL
    OR (name IS NOT NULL AND email IS NOT NULL AND email_key IS NOT NULL AND country IS NOT NULL)
  )
);

-- One live registration per person and webinar; a cancelled or erased one does not count.
CREATE UNIQUE INDEX registrations_one_per_person
  ON registrations (webinar_slug, email_key)
  WHERE status IN ('registered', 'waitlisted');

-- Seat counts and the waiting list in arrival order.
CREATE INDEX registrations_by_webinar_status ON registrations (webinar_slug, status, arrival);

-- Erasure finds a person's rows across webinars by the comparison key.
CREATE INDEX registrations_by_email_key ON registrations (email_key);

CREATE TABLE registration_rate_limits (
  -- SHA-256 of the webinar and the client's key (its IP address), never the address itself.
  bucket TEXT NOT NULL,
  -- Unix seconds.
  window_start INTEGER NOT NULL,
  window_end INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);

CREATE INDEX registration_rate_limits_by_end ON registration_rate_limits (window_end);
