-- A video visit's calls (written by the server only) and in-call chat (visit.chat), synced;
-- the server's tables of the same names (server migration 0009).
CREATE TABLE visit_call (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    appointment_id     TEXT NOT NULL,
    call_id            TEXT NOT NULL,
    patient_id         TEXT NOT NULL,
    provider_id        TEXT NOT NULL,
    invited_at         INTEGER NOT NULL,
    started_at         INTEGER,
    ended_at           INTEGER,
    duration_ms        INTEGER NOT NULL DEFAULT 0,
    end_reason         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_call_by_appointment ON visit_call (appointment_id, invited_at);

CREATE TABLE visit_chat (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    appointment_id     TEXT NOT NULL,
    call_id            TEXT NOT NULL,
    patient_id         TEXT NOT NULL,
    provider_id        TEXT NOT NULL,
    author_id          TEXT NOT NULL,
    author_name        TEXT NOT NULL DEFAULT '',
    body               TEXT NOT NULL,
    sent_at            INTEGER NOT NULL
);
CREATE INDEX visit_chat_by_appointment ON visit_chat (appointment_id, sent_at);
