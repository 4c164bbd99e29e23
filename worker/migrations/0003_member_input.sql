-- Member input: events members propose for the Outreach Calendar, and people or organizations
-- they suggest as At-Large candidates. Both leave the Worker only through the signed admin
-- change feeds (GET /admin/proposals, /admin/suggestions), paged by a change sequence.
-- Their posts are rate-limited in registration_rate_limits, with buckets of their own.

CREATE TABLE event_proposals (
  -- Arrival order; AUTOINCREMENT never reuses a number.
  arrival INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  -- Calendar dates, YYYY-MM-DD; end_date is the last day, NULL for a one-day event.
  start_date TEXT NOT NULL,
  end_date TEXT,
  city TEXT,
  -- A region code, or 'other' for a place outside Latin America and the Caribbean.
  country TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('in-person', 'virtual', 'hybrid')),
  url TEXT,
  why TEXT NOT NULL,
  crop_suitable INTEGER NOT NULL CHECK (crop_suitable IN (0, 1)),
  -- Personal data; NULL once the proposer is erased (the event itself stays).
  proposer_name TEXT,
  proposer_email TEXT,
  proposer_email_key TEXT,
  -- The page's language: the one to write to the proposer in.
  language TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  -- Set to one more than the largest in the table by every change to the row, so the sync
  -- can ask for everything changed after the last number it saw.
  change_seq INTEGER NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  erased_at TEXT,
  CHECK (
    erased_at IS NOT NULL
    OR (proposer_name IS NOT NULL AND proposer_email IS NOT NULL AND proposer_email_key IS NOT NULL)
  )
);

CREATE INDEX event_proposals_by_email_key ON event_proposals (proposer_email_key);

CREATE TABLE candidate_suggestions (
  arrival INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
  -- About a third party. All of the candidate's and suggester's data is NULL once the
  -- candidate is erased (erased_at); only the suggester's once the suggester is
  -- (suggester_erased_at). The row stays as a tombstone for the sync.
  candidate_name TEXT,
  organization TEXT,
  country TEXT NOT NULL,
  contact_email TEXT,
  contact_email_key TEXT,
  contact_other TEXT,
  programme TEXT NOT NULL CHECK (programme IN ('als-accreditation', 'individual-membership',
    'fellowship-nextgen', 'dnssec-training', 'universal-acceptance')),
  why TEXT,
  -- Why LACRALO may contact them: they agreed, or the contact is public professional data.
  contact_basis TEXT NOT NULL CHECK (contact_basis IN ('agreed', 'public-professional')),
  suggester_name TEXT,
  suggester_email TEXT,
  suggester_email_key TEXT,
  language TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  change_seq INTEGER NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  erased_at TEXT,
  suggester_erased_at TEXT,
  CHECK (
    erased_at IS NOT NULL
    OR (candidate_name IS NOT NULL AND why IS NOT NULL
      AND (contact_email IS NOT NULL OR contact_other IS NOT NULL))
  ),
  CHECK (
    erased_at IS NOT NULL OR suggester_erased_at IS NOT NULL
    OR (suggester_name IS NOT NULL AND suggester_email IS NOT NULL
      AND suggester_email_key IS NOT NULL)
  )
);

-- Erasure finds a person's rows by the comparison key, as the candidate or as the suggester.
CREATE INDEX candidate_suggestions_by_contact_key ON candidate_suggestions (contact_email_key);
CREATE INDEX candidate_suggestions_by_suggester_key ON candidate_suggestions (suggester_email_key);
