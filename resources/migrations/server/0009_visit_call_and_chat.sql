-- What of a video visit is kept with it (docs/video.md, "Kept with the visit").
--
-- visit_call: one row per call the server relayed for the visit, written by the server itself
-- (never through a push: no mutation writes it). Created when the call is answered and
-- completed when it ends; a call that was never answered (declined, no answer, cancelled,
-- busy, the caller gone) gets one row at its end, with no start. Its id is the server's, not
-- the caller's call id, which callers choose and may use again. In the patient's record and
-- the doctor's own bucket, as visit_summary.
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
CREATE INDEX visit_call_by_patient_rev ON visit_call (patient_id, rev);
CREATE INDEX visit_call_by_provider_rev ON visit_call (provider_id, rev);

-- visit_chat: the in-call chat, one row per message, written by its author's own client
-- (visit.chat) since the relay cannot read it. Same buckets.
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
CREATE INDEX visit_chat_by_patient_rev ON visit_chat (patient_id, rev);
CREATE INDEX visit_chat_by_provider_rev ON visit_chat (provider_id, rev);
CREATE INDEX visit_chat_by_appointment ON visit_chat (appointment_id);
