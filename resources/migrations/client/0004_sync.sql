-- Client store, schema 4: sync. The note and care-team tables (defined exactly as on the
-- server: the same mutation code writes both), and the sync engine's own tables.

CREATE TABLE note (
    id           TEXT PRIMARY KEY NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 0,
    deleted      BOOLEAN NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    patient_id   TEXT NOT NULL,
    author_id    TEXT NOT NULL,
    author_name  TEXT NOT NULL,
    body         TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX note_by_patient ON note (patient_id, created_at);

-- Who looks after a patient; id is "<patient_id>:<staff_id>".
CREATE TABLE care_team (
    id           TEXT PRIMARY KEY NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 0,
    deleted      BOOLEAN NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    patient_id   TEXT NOT NULL,
    staff_id     TEXT NOT NULL,
    staff_name   TEXT NOT NULL DEFAULT '',
    staff_role   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX care_team_by_staff ON care_team (staff_id);
CREATE INDEX care_team_by_patient ON care_team (patient_id);

-- Patients written by a pull but not yet in the name index (patient_search): a pull's pages
-- are indexed together once the last one is in (RowStore::flushSearchIndex).
CREATE TABLE patient_search_pending (
    docid INTEGER PRIMARY KEY              -- patient.rowid
);

-- Key/value state: client_id (this store's id at the server), next_mutation, last_sync_at.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Changes made here, in order, until the server's answer has been pulled. status: pending
-- (not yet answered), confirmed or rejected (answered; dropped at the next pull).
CREATE TABLE sync_outbox (
    number      INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    args        BLOB NOT NULL,            -- CBOR map
    created_at  INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending',
    reason      TEXT NOT NULL DEFAULT ''
);

-- For each outbox change, the rows it wrote as they were before (prior NULL: the row did not
-- exist), so a rebase can take the change back before applying the server's rows.
CREATE TABLE sync_undo (
    number  INTEGER NOT NULL,
    step    INTEGER NOT NULL,
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    prior   BLOB,                          -- CBOR map
    PRIMARY KEY (number, step)
);

-- Which of the server's buckets each pulled row came in; a row leaves with its last bucket.
CREATE TABLE sync_row_bucket (
    bucket  TEXT NOT NULL,
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    PRIMARY KEY (bucket, tbl, row_id)
) WITHOUT ROWID;
CREATE INDEX sync_row_bucket_by_row ON sync_row_bucket (tbl, row_id);

-- How far each bucket has been pulled: the server's cursor, as it sent it (CBOR).
CREATE TABLE sync_cursor (
    bucket  TEXT PRIMARY KEY NOT NULL,
    state   BLOB NOT NULL
);

-- What became of each change: the list a user opens to see rejections and their reasons.
CREATE TABLE sync_outcome (
    number      INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
    reason      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    decided_at  INTEGER NOT NULL,
    seen        BOOLEAN NOT NULL DEFAULT 0
);
