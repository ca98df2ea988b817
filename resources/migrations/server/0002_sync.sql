-- Server store, schema 2: sync. The synced tables (defined exactly as in the client store:
-- the same mutation code writes both), the change log, and each client's place.

CREATE TABLE patient (
    id                  TEXT PRIMARY KEY NOT NULL,
    rev                 INTEGER NOT NULL DEFAULT 0,
    deleted             BOOLEAN NOT NULL DEFAULT 0,
    updated_at          INTEGER NOT NULL,
    updated_by          TEXT NOT NULL DEFAULT '',
    family_name         TEXT NOT NULL,
    given_name          TEXT NOT NULL,
    birth_date          DATE,
    sex                 TEXT,
    phone               TEXT,
    email               TEXT,
    address_line        TEXT,
    city                TEXT,
    postal_code         TEXT,
    country             TEXT,
    preferred_language  TEXT
);
CREATE INDEX patient_by_rev ON patient (rev);

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
CREATE INDEX note_by_patient_rev ON note (patient_id, rev);

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
CREATE INDEX care_team_by_rev ON care_team (rev);

-- Every write to a synced row, once per bucket the row is (or was) in. op: 'put', or 'drop'
-- when the row left the bucket. Pruned after a retention period; log_floor in sync_setting
-- remembers the highest seq pruned, and a cursor below it must refetch the bucket.
CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    bucket  TEXT NOT NULL,
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    op      TEXT NOT NULL CHECK (op IN ('put', 'drop')),
    at      INTEGER NOT NULL
);
CREATE INDEX change_log_by_bucket ON change_log (bucket, seq);

-- One row per client store: whose it is and the last of its mutations applied. The number
-- moves in the same transaction as the mutation's writes, so a repeated push applies once.
CREATE TABLE sync_client (
    id             TEXT PRIMARY KEY NOT NULL,
    account_id     TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    last_mutation  INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL
);

-- The answer to each mutation, kept until the client shows it has it (its next push starts
-- after it), so an answer lost on the way is given again.
CREATE TABLE mutation_outcome (
    client_id  TEXT NOT NULL REFERENCES sync_client (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
    code       TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (client_id, number)
);

CREATE TABLE sync_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
);
INSERT INTO sync_setting (key, value) VALUES ('log_floor', 0);
