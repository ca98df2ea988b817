-- Reminders (docs/vitals.md, "Reminders"): medication schedules, the doses taken or skipped and
-- the follow-ups a doctor sets, in the patient's record; the client's 0014_reminders.sql says
-- what each column means.
-- When to take one of the patient's current medications (patient_medication), in the local
-- time of the computer that shows it.
CREATE TABLE medication_schedule (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    medication_id      TEXT NOT NULL,
    -- times of day, "HH:MM" comma-separated and sorted ("08:00,20:00")
    times              TEXT NOT NULL,
    -- days of the week ("mon,wed,fri"); empty: every day
    days               TEXT NOT NULL DEFAULT '',
    start_date         DATE NOT NULL,
    end_date           DATE,
    active             BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX medication_schedule_by_patient_rev ON medication_schedule (patient_id, rev);
CREATE INDEX medication_schedule_by_patient ON medication_schedule (patient_id);

-- One dose of a schedule taken or skipped. The id is made from the schedule and the scheduled
-- local time, so two computers recording the same dose land on one row.
CREATE TABLE dose_record (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    schedule_id        TEXT NOT NULL,
    -- the scheduled local date and time, "2027-03-28T08:00"
    scheduled_for      TEXT NOT NULL,
    -- taken or skipped
    status             TEXT NOT NULL,
    recorded_at        BIGINT NOT NULL
);
CREATE INDEX dose_record_by_patient_rev ON dose_record (patient_id, rev);
CREATE INDEX dose_record_by_schedule ON dose_record (schedule_id, scheduled_for);
-- dose.record counts the doses a record took in the last 24 hours (maxDosesPerDay): by patient
-- and recorded_at, so the count reads one day's doses, not the record's whole history.
CREATE INDEX dose_record_by_patient_recorded ON dose_record (patient_id, recorded_at);

-- A reminder a doctor on the care team sets for the patient ("book a blood test").
CREATE TABLE followup_reminder (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    due_date           DATE NOT NULL,
    -- "HH:MM" local; empty: in the morning of the day (09:00)
    due_time           TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL,
    set_by             TEXT NOT NULL DEFAULT '',
    set_by_name        TEXT NOT NULL DEFAULT '',
    done_at            BIGINT
);
CREATE INDEX followup_reminder_by_patient_rev ON followup_reminder (patient_id, rev);
CREATE INDEX followup_reminder_by_patient ON followup_reminder (patient_id, due_date);
