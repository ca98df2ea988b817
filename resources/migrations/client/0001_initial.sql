-- Client store, schema 1: the patient register.
--
-- Every synced table carries the same five columns:
--   id          UUID text, made by whoever creates the row
--   rev         the server's change sequence for the row; 0 while the change is unsent
--   deleted     tombstone: 1 once deleted, kept so the deletion syncs
--   updated_at  UTC Unix milliseconds of the last change
--   updated_by  id of the user who made it
-- Written for SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions or JSON1.

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

CREATE INDEX patient_by_name ON patient (family_name, given_name);
