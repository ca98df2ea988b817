-- Server store, schema 5: the rest of the patient profile and the provider page (SPEC S2),
-- clinic locations and settings, ratings and the waitlist (SPEC S3). As on the client.

-- Emergency contact and the doctors the patient prefers ('|'-separated account ids).
ALTER TABLE patient ADD COLUMN emergency_name TEXT;
ALTER TABLE patient ADD COLUMN emergency_phone TEXT;
ALTER TABLE patient ADD COLUMN emergency_relation TEXT;
ALTER TABLE patient ADD COLUMN preferred_providers TEXT;

-- The health record's lists. Each goes to the patient and their care team (the "patient"
-- bucket); insurance goes to the front desk too.
CREATE TABLE patient_condition (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    name               TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'active',   -- 'active' or 'resolved'
    since              TEXT NOT NULL DEFAULT '',         -- as the patient remembers it: "2019"
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patient_condition_by_patient ON patient_condition (patient_id);

CREATE TABLE patient_allergy (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    substance          TEXT NOT NULL,
    reaction           TEXT NOT NULL DEFAULT '',
    severity           TEXT NOT NULL DEFAULT 'moderate'  -- 'mild', 'moderate' or 'severe'
);
CREATE INDEX patient_allergy_by_patient ON patient_allergy (patient_id);

CREATE TABLE patient_medication (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    name               TEXT NOT NULL,
    dose               TEXT NOT NULL DEFAULT '',         -- "10 mg"
    frequency          TEXT NOT NULL DEFAULT '',         -- "once a day"
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patient_medication_by_patient ON patient_medication (patient_id);

CREATE TABLE insurance_policy (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    insurer            TEXT NOT NULL,
    policy_number      TEXT NOT NULL,
    group_number       TEXT NOT NULL DEFAULT '',
    holder_name        TEXT NOT NULL DEFAULT '',
    valid_until        DATE
);
CREATE INDEX insurance_policy_by_patient ON insurance_policy (patient_id);

-- The provider page's remaining S2 fields. The licence is copied by the server from the
-- account the admin verified; ratings are kept by the rating mutation (sum and count).
ALTER TABLE provider_profile ADD COLUMN credentials TEXT NOT NULL DEFAULT '';
ALTER TABLE provider_profile ADD COLUMN licence_number TEXT NOT NULL DEFAULT '';
ALTER TABLE provider_profile ADD COLUMN years_experience INTEGER;
ALTER TABLE provider_profile ADD COLUMN fee_cents INTEGER;
ALTER TABLE provider_profile ADD COLUMN fee_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE provider_profile ADD COLUMN location_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE provider_profile ADD COLUMN rating_sum INTEGER NOT NULL DEFAULT 0;
ALTER TABLE provider_profile ADD COLUMN rating_count INTEGER NOT NULL DEFAULT 0;

-- The clinic's sites, with address, contact and opening hours ("nearby health centres").
-- Everyone receives them (the "directory" bucket).
CREATE TABLE clinic_location (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    name               TEXT NOT NULL,
    address_line       TEXT NOT NULL DEFAULT '',
    city               TEXT NOT NULL DEFAULT '',
    postal_code        TEXT NOT NULL DEFAULT '',
    country            TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    hours              TEXT NOT NULL DEFAULT '',         -- as shown: "Mon–Fri 08:00–19:00"
    time_zone          TEXT NOT NULL DEFAULT '',
    latitude_e6        INTEGER,
    longitude_e6       INTEGER
);

-- Settings the admin sets for the whole clinic, by name (id), e.g.
-- 'cancellation_window_hours'. Everyone receives them, so checks run offline too.
CREATE TABLE clinic_setting (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    value              TEXT NOT NULL DEFAULT ''
);

-- A patient's rating of a completed visit; id is the appointment's, so one per visit.
-- Goes to the patient and the provider; the directory shows only the average.
CREATE TABLE provider_rating (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    provider_id        TEXT NOT NULL,
    patient_id         TEXT NOT NULL,
    stars              INTEGER NOT NULL,                 -- 1 to 5
    comment            TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL
);
CREATE INDEX provider_rating_by_provider ON provider_rating (provider_id);

-- A patient waiting for an earlier time with a provider, between two instants. When a visit
-- of that provider is cancelled or moved, the server offers the freed time to every waiting
-- entry it falls in ('offered', with the time); the patient books it like any slot.
CREATE TABLE waitlist_entry (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    patient_name       TEXT NOT NULL DEFAULT '',
    provider_id        TEXT NOT NULL,
    modality           TEXT NOT NULL DEFAULT '',         -- '' either
    from_at            INTEGER NOT NULL,
    until_at           INTEGER NOT NULL,
    status             TEXT NOT NULL DEFAULT 'waiting',  -- 'waiting', 'offered', 'booked'
    offered_start_at   INTEGER,
    offered_end_at     INTEGER,
    created_at         INTEGER NOT NULL
);
CREATE INDEX waitlist_entry_by_provider ON waitlist_entry (provider_id);
CREATE INDEX waitlist_entry_by_patient ON waitlist_entry (patient_id);

-- A doctor's credentials and certifications, given when they register, for the admin to
-- verify with the licence number.
ALTER TABLE account ADD COLUMN credentials TEXT NOT NULL DEFAULT '';
