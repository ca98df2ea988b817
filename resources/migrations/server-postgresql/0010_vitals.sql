-- Vital signs (docs/vitals.md): readings, the doctor's thresholds and the alerts they raise, in
-- the patient's record; the client's 0013_vitals.sql says what each column means. Values are in
-- one canonical unit per kind (mmHg, beats/min, °C, mmol/L, %, kg, m).
CREATE TABLE vital_reading (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    -- blood_pressure, heart_rate, temperature, glucose, spo2, weight
    kind               TEXT NOT NULL,
    -- systolic, heart rate, temperature, glucose, SpO2 or weight
    value              DOUBLE PRECISION NOT NULL,
    diastolic          DOUBLE PRECISION,
    mean_arterial      DOUBLE PRECISION,
    -- blood pressure's and the oximeter's pulse
    pulse              DOUBLE PRECISION,
    -- weight's, when the height is known
    bmi                DOUBLE PRECISION,
    entered_unit       TEXT NOT NULL DEFAULT '',
    taken_at           BIGINT NOT NULL,
    -- manual (typed in) or device
    source             TEXT NOT NULL DEFAULT 'manual',
    device_name        TEXT NOT NULL DEFAULT '',
    device_address     TEXT NOT NULL DEFAULT '',
    entered_by         TEXT NOT NULL DEFAULT '',
    -- what the device said about the measurement, comma-separated (irregular_pulse, ...)
    flags              TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vital_reading_by_patient_rev ON vital_reading (patient_id, rev);
-- Live readings only: vital.record counts them on every reading (the budget) and asks for the
-- newest (the episode). Removed readings stay as tombstones, which a patient can make without
-- end; indexed with them, every count went through them all (200,000 tombstones: 1 ms a
-- reading became 110 ms, inside the server's write transaction; tst_hostilevitals).
CREATE INDEX vital_reading_by_patient ON vital_reading (patient_id, kind, taken_at)
    WHERE NOT deleted;

-- One row per patient and kind, set by the patient's doctor; null bounds are not checked.
-- Blood pressure: low/high bound the systolic, low2/high2 the diastolic.
CREATE TABLE vital_threshold (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    kind               TEXT NOT NULL,
    low                DOUBLE PRECISION,
    high               DOUBLE PRECISION,
    low2               DOUBLE PRECISION,
    high2              DOUBLE PRECISION,
    set_by             TEXT NOT NULL DEFAULT '',
    set_at             BIGINT NOT NULL
);
CREATE INDEX vital_threshold_by_patient_rev ON vital_threshold (patient_id, rev);

-- An episode out of range: opened by the reading that crossed a threshold, closed by the
-- first later reading back within it; one alert per episode, not per reading.
CREATE TABLE vital_alert (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    patient_id         TEXT NOT NULL,
    kind               TEXT NOT NULL,
    -- high or low
    direction          TEXT NOT NULL,
    reading_id         TEXT NOT NULL,
    -- the reading that opened it, in words and numbers ("182/112 mmHg")
    summary            TEXT NOT NULL DEFAULT '',
    opened_at          BIGINT NOT NULL,
    last_reading_id    TEXT NOT NULL DEFAULT '',
    closed_at          BIGINT,
    acknowledged_at    BIGINT,
    acknowledged_by    TEXT NOT NULL DEFAULT '',
    acknowledged_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vital_alert_by_patient_rev ON vital_alert (patient_id, rev);
CREATE INDEX vital_alert_by_patient ON vital_alert (patient_id, kind, opened_at);
