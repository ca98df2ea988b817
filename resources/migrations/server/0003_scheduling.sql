-- Server store, schema 3: scheduling, defined exactly as on the client. Two live
-- appointments of one provider never overlap: the booking mutations check it inside the
-- push's write transaction, which is the only writer.

-- A provider's weekly hours at a location and modality, in the location's wall-clock time
-- (core/scheduling/availability.h). Everyone receives them (the "directory" bucket): free
-- slots are computed on each computer, offline too.
CREATE TABLE availability_rule (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    provider_id        TEXT NOT NULL,
    location_id        TEXT NOT NULL,
    modality           TEXT NOT NULL,             -- 'in_person' or 'video'
    day_of_week        INTEGER NOT NULL,           -- 1 Monday ... 7 Sunday
    start_time         TEXT NOT NULL,             -- 'HH:mm', wall clock
    end_time           TEXT NOT NULL,
    slot_minutes       INTEGER NOT NULL,
    time_zone          TEXT NOT NULL,             -- IANA name
    valid_from         DATE,
    valid_until        DATE
);
CREATE INDEX availability_rule_by_provider ON availability_rule (provider_id);

-- Time off and extra hours, as UTC instants.
CREATE TABLE availability_exception (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    provider_id        TEXT NOT NULL,
    kind               TEXT NOT NULL,             -- 'time_off' or 'extra_hours'
    start_at           INTEGER NOT NULL,
    end_at             INTEGER NOT NULL,
    location_id        TEXT NOT NULL DEFAULT '',
    modality           TEXT NOT NULL DEFAULT 'in_person',
    slot_minutes       INTEGER NOT NULL DEFAULT 30
);
CREATE INDEX availability_exception_by_provider ON availability_exception (provider_id);

-- A visit: with the patient, their provider and the front desk.
CREATE TABLE appointment (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    patient_name       TEXT NOT NULL DEFAULT '', -- the account's name, for the doctor
    provider_id        TEXT NOT NULL,
    location_id        TEXT NOT NULL,
    modality           TEXT NOT NULL,
    start_at           INTEGER NOT NULL,
    end_at             INTEGER NOT NULL,
    status             TEXT NOT NULL,             -- core/scheduling/appointmentstatus.h
    proposed_start_at  INTEGER,                    -- the provider's other time, while proposed
    proposed_end_at    INTEGER,
    reason             TEXT NOT NULL DEFAULT '',  -- the patient's, for the visit
    status_reason      TEXT NOT NULL DEFAULT '',  -- why cancelled
    created_at         INTEGER NOT NULL,
    created_by         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_by_patient ON appointment (patient_id, start_at);
CREATE INDEX appointment_by_provider ON appointment (provider_id, start_at);

-- Free/busy: the time each live appointment holds, and nothing about who it is with. Its id
-- is the appointment's. Everyone receives it, to see which slots are free.
CREATE TABLE provider_busy (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    provider_id        TEXT NOT NULL,
    start_at           INTEGER NOT NULL,
    end_at             INTEGER NOT NULL
);
CREATE INDEX provider_busy_by_provider ON provider_busy (provider_id, start_at);
