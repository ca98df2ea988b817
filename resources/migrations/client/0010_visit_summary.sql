-- A visit's summary by its doctor (synced; the server's table of the same name).
CREATE TABLE visit_summary (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    provider_id        TEXT NOT NULL,
    provider_name      TEXT NOT NULL DEFAULT '',
    summary            TEXT NOT NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX visit_summary_by_patient ON visit_summary (patient_id, created_at);
