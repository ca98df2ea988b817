-- A visit's summary, written by the visit's doctor during or after it (SPEC S4, S8); its id
-- is the appointment's. In the patient's record and the doctor's own bucket.
CREATE TABLE visit_summary (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    provider_id        TEXT NOT NULL,
    provider_name      TEXT NOT NULL DEFAULT '',
    summary            TEXT NOT NULL,
    created_at         BIGINT NOT NULL
);
CREATE INDEX visit_summary_by_patient_rev ON visit_summary (patient_id, rev);
CREATE INDEX visit_summary_by_provider_rev ON visit_summary (provider_id, rev);
