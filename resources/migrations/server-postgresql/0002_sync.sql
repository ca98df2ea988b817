-- Server store on PostgreSQL, schema 2: sync, as migrations/server/0002_sync.sql.

CREATE TABLE patient (
    id                  TEXT PRIMARY KEY NOT NULL,
    rev                 BIGINT NOT NULL DEFAULT 0,
    deleted             BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at          BIGINT NOT NULL,
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
    rev          BIGINT NOT NULL DEFAULT 0,
    deleted      BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at   BIGINT NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    patient_id   TEXT NOT NULL,
    author_id    TEXT NOT NULL,
    author_name  TEXT NOT NULL,
    body         TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX note_by_patient_rev ON note (patient_id, rev);

CREATE TABLE care_team (
    id           TEXT PRIMARY KEY NOT NULL,
    rev          BIGINT NOT NULL DEFAULT 0,
    deleted      BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at   BIGINT NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    patient_id   TEXT NOT NULL,
    staff_id     TEXT NOT NULL,
    staff_name   TEXT NOT NULL DEFAULT '',
    staff_role   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX care_team_by_staff ON care_team (staff_id);
CREATE INDEX care_team_by_patient ON care_team (patient_id);
CREATE INDEX care_team_by_rev ON care_team (rev);

-- Numbers are taken inside the writers' lock (storage/writetransaction.cpp), so they commit
-- in order and a pull never skips one that commits late.
CREATE TABLE change_log (
    seq     BIGSERIAL PRIMARY KEY,
    bucket  TEXT NOT NULL,
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    op      TEXT NOT NULL CHECK (op IN ('put', 'drop')),
    at      BIGINT NOT NULL
);
CREATE INDEX change_log_by_bucket ON change_log (bucket, seq);

CREATE TABLE sync_client (
    id             TEXT PRIMARY KEY NOT NULL,
    account_id     TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    last_mutation  BIGINT NOT NULL DEFAULT 0,
    created_at     BIGINT NOT NULL,
    last_seen_at   BIGINT NOT NULL
);

CREATE TABLE mutation_outcome (
    client_id  TEXT NOT NULL REFERENCES sync_client (id) ON DELETE CASCADE,
    number     BIGINT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
    code       TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (client_id, number)
);

CREATE TABLE sync_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO sync_setting (key, value) VALUES ('log_floor', 0);
