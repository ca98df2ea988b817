-- Vital signs (docs/vitals.md): readings, the doctor's thresholds and the alerts they raise are
-- synced rows in the patient's record (the server's tables of the same names, server migration
-- 0010); paired_device is this computer's own list of the user's Bluetooth devices, never synced.
--
-- Every value is kept in one canonical unit per kind, so thresholds, charts and alerts compare
-- like with like: blood pressure mmHg, heart rate and pulse beats/min, temperature °C, glucose
-- mmol/L, SpO2 %, weight kg, height m. entered_unit is the unit the person or device used, so
-- the reading is shown back the way it was taken.
CREATE TABLE vital_reading (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    -- blood_pressure, heart_rate, temperature, glucose, spo2, weight
    kind               TEXT NOT NULL,
    -- systolic, heart rate, temperature, glucose, SpO2 or weight
    value              REAL NOT NULL,
    diastolic          REAL,
    mean_arterial      REAL,
    -- blood pressure's and the oximeter's pulse
    pulse              REAL,
    -- weight's, when the height is known
    bmi                REAL,
    entered_unit       TEXT NOT NULL DEFAULT '',
    taken_at           INTEGER NOT NULL,
    -- manual (typed in) or device
    source             TEXT NOT NULL DEFAULT 'manual',
    device_name        TEXT NOT NULL DEFAULT '',
    device_address     TEXT NOT NULL DEFAULT '',
    entered_by         TEXT NOT NULL DEFAULT '',
    -- what the device said about the measurement, comma-separated (irregular_pulse, ...)
    flags              TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);
-- Live readings only (tombstones are counted by nothing: see the server's 0010_vitals.sql), and
-- covering what a chart reads (value, diastolic), so a year of readings is read from the index
-- alone.
CREATE INDEX vital_reading_by_patient ON vital_reading (patient_id, kind, taken_at, value, diastolic)
    WHERE NOT deleted;

-- One row per patient and kind, set by the patient's doctor; null bounds are not checked.
-- Blood pressure: low/high bound the systolic, low2/high2 the diastolic.
CREATE TABLE vital_threshold (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    kind               TEXT NOT NULL,
    low                REAL,
    high               REAL,
    low2               REAL,
    high2              REAL,
    set_by             TEXT NOT NULL DEFAULT '',
    set_at             INTEGER NOT NULL
);
CREATE INDEX vital_threshold_by_patient ON vital_threshold (patient_id, kind);

-- An episode out of range: opened by the reading that crossed a threshold, closed by the
-- first later reading back within it; one alert per episode, not per reading.
CREATE TABLE vital_alert (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    kind               TEXT NOT NULL,
    -- high or low
    direction          TEXT NOT NULL,
    reading_id         TEXT NOT NULL,
    -- the reading that opened it, in words and numbers ("182/112 mmHg")
    summary            TEXT NOT NULL DEFAULT '',
    opened_at          INTEGER NOT NULL,
    last_reading_id    TEXT NOT NULL DEFAULT '',
    closed_at          INTEGER,
    acknowledged_at    INTEGER,
    acknowledged_by    TEXT NOT NULL DEFAULT '',
    acknowledged_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vital_alert_by_patient ON vital_alert (patient_id, kind, opened_at);

-- This computer's Bluetooth health devices for the user whose store this is (not synced).
CREATE TABLE paired_device (
    address            TEXT PRIMARY KEY NOT NULL,
    name               TEXT NOT NULL DEFAULT '',
    -- the health services it offers, as 16-bit UUIDs in hex, comma-separated (180D,180F)
    services           TEXT NOT NULL DEFAULT '',
    paired_at          INTEGER NOT NULL,
    last_seen_at       INTEGER,
    battery_percent    INTEGER,
    last_reading_at    INTEGER,
    last_reading_text  TEXT NOT NULL DEFAULT ''
);
