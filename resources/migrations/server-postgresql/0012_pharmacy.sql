-- Prescriptions and the pharmacy (issue 15, docs/pharmacy.md); the client's 0016_pharmacy.sql
-- says what each column means. Indexes by each bucket column and rev, for pulls.

-- A pharmacy of the clinic's network (the admin's Clinic page): where prescriptions go. Everyone
-- sees pharmacies (bucket directory): a patient chooses theirs, a doctor routes to it.
CREATE TABLE pharmacy (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    name                   TEXT NOT NULL,
    address_line           TEXT NOT NULL DEFAULT '',
    city                   TEXT NOT NULL DEFAULT '',
    postal_code            TEXT NOT NULL DEFAULT '',
    phone                  TEXT NOT NULL DEFAULT '',
    -- as shown: "Mon–Fri 08:00–19:00, Sat 09:00–13:00"
    hours                  TEXT NOT NULL DEFAULT '',
    -- an inactive pharmacy takes no new prescriptions
    active                 BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX pharmacy_by_rev ON pharmacy (rev);

-- Which pharmacy a pharmacist works at: one row per pharmacist (id = the pharmacist's account
-- id), set by the admin. Buckets: the pharmacy's (its staff) and the pharmacist's own.
CREATE TABLE pharmacy_member (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    pharmacy_id            TEXT NOT NULL,
    staff_id               TEXT NOT NULL,
    staff_name             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pharmacy_member_by_pharmacy_id_rev ON pharmacy_member (pharmacy_id, rev);
CREATE INDEX pharmacy_member_by_staff_id_rev ON pharmacy_member (staff_id, rev);

-- The patient's chosen pharmacy (id = the patient's id), in their record; a prescription goes
-- there unless the doctor picks another.
CREATE TABLE patient_pharmacy (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    patient_id             TEXT NOT NULL,
    pharmacy_id            TEXT NOT NULL
);
CREATE INDEX patient_pharmacy_by_patient_id_rev ON patient_pharmacy (patient_id, rev);

-- A prescriber's Ed25519 public key (id = the doctor's account id): what a pharmacy checks a
-- prescription's signature against. Public (bucket directory). The secret half is in the
-- doctor's own encrypted store (prescriber_secret, client only). Written by the server when a
-- verified doctor registers a key; a new key replaces the old one, and prescriptions keep the
-- fingerprint of the key that signed them.
CREATE TABLE prescriber_key (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    doctor_id              TEXT NOT NULL,
    doctor_name            TEXT NOT NULL DEFAULT '',
    -- 32 bytes, base64
    public_key             TEXT NOT NULL,
    -- SHA-256 of the key, hex, the first 16 bytes: shown to people
    fingerprint            TEXT NOT NULL,
    registered_at          BIGINT NOT NULL,
    -- earlier keys of this doctor, "fingerprint=base64" comma-separated, so older prescriptions still verify
    previous_keys          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prescriber_key_by_rev ON prescriber_key (rev);

-- A prescription as signed: what the doctor wrote, a snapshot of the patient data the pharmacy
-- needs (name, date of birth, allergies; nothing else of the record), the check made when it
-- was written, and the signature over its canonical bytes (core/pharmacy/prescriptionsignature).
-- Never edited after issue, except status = 'cancelled' by its prescriber.
-- Buckets: the patient's record, the prescriber's own, the pharmacy's.
CREATE TABLE prescription (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    patient_id             TEXT NOT NULL,
    prescriber_id          TEXT NOT NULL,
    prescriber_name        TEXT NOT NULL DEFAULT '',
    pharmacy_id            TEXT NOT NULL,
    patient_name           TEXT NOT NULL DEFAULT '',
    -- yyyy-MM-dd, as on the record
    patient_birth_date     TEXT,
    -- the allergies recorded when written, "substance (reaction)" semicolon-separated
    patient_allergies      TEXT NOT NULL DEFAULT '',
    -- resources/reference: the drug's id
    drug_id                TEXT NOT NULL,
    -- as shown: the generic name
    drug_name              TEXT NOT NULL,
    -- "5 mg"
    strength               TEXT NOT NULL DEFAULT '',
    -- "tablet"
    form                   TEXT NOT NULL DEFAULT '',
    -- "1 tablet"
    dose                   TEXT NOT NULL DEFAULT '',
    -- "once a day in the morning"
    directions             TEXT NOT NULL DEFAULT '',
    -- units per fill
    quantity               BIGINT NOT NULL,
    -- authorised after the first fill: fills allowed = 1 + refills
    refills                BIGINT NOT NULL DEFAULT 0,
    substitution_allowed   BOOLEAN NOT NULL DEFAULT TRUE,
    pharmacist_note        TEXT NOT NULL DEFAULT '',
    -- the reference data the check used
    reference_version      TEXT NOT NULL DEFAULT '',
    -- the check's findings as JSON (kind, with, severity, effect, advice, entry)
    check_findings         TEXT NOT NULL DEFAULT '',
    -- required when a finding is contraindicated or major
    override_reason        TEXT NOT NULL DEFAULT '',
    issued_at              BIGINT NOT NULL,
    -- of the prescriber_key that signed
    key_fingerprint        TEXT NOT NULL DEFAULT '',
    -- Ed25519 over the canonical bytes, base64
    signature              TEXT NOT NULL DEFAULT '',
    -- active, cancelled (by the prescriber), completed (every fill dispensed)
    status                 TEXT NOT NULL DEFAULT 'active'
);
CREATE INDEX prescription_by_patient_id_rev ON prescription (patient_id, rev);
CREATE INDEX prescription_by_prescriber_id_rev ON prescription (prescriber_id, rev);
CREATE INDEX prescription_by_pharmacy_id_rev ON prescription (pharmacy_id, rev);
CREATE INDEX prescription_by_patient ON prescription (patient_id, issued_at);
CREATE INDEX prescription_by_pharmacy ON prescription (pharmacy_id, issued_at);

-- One fill of a prescription at its pharmacy: the pharmacist's queue. id =
-- "<prescription_id>#<number>", number 1 .. 1 + refills, so two approvals racing offline for the
-- same refill land on one row and the server never makes more fills than were authorised.
-- Buckets as the prescription's.
CREATE TABLE prescription_fill (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    prescription_id        TEXT NOT NULL,
    patient_id             TEXT NOT NULL,
    prescriber_id          TEXT NOT NULL,
    pharmacy_id            TEXT NOT NULL,
    -- 1 = the first fill
    number                 BIGINT NOT NULL,
    -- new, in_progress, ready (for pick-up), dispensed, rejected, returned (to the prescriber with a question)
    status                 TEXT NOT NULL DEFAULT 'new',
    -- a rejection's reason, or the question returned to the prescriber
    reason                 TEXT NOT NULL DEFAULT '',
    -- the prescriber's answer to a returned fill
    answer                 TEXT NOT NULL DEFAULT '',
    created_at             BIGINT NOT NULL,
    -- when the status last changed
    status_at              BIGINT NOT NULL,
    -- who changed it
    status_by              TEXT NOT NULL DEFAULT '',
    -- "<lot_id>:<units>" comma-separated, as deducted
    dispensed_lots         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prescription_fill_by_patient_id_rev ON prescription_fill (patient_id, rev);
CREATE INDEX prescription_fill_by_prescriber_id_rev ON prescription_fill (prescriber_id, rev);
CREATE INDEX prescription_fill_by_pharmacy_id_rev ON prescription_fill (pharmacy_id, rev);
CREATE INDEX prescription_fill_by_pharmacy ON prescription_fill (pharmacy_id, status, status_at);
CREATE INDEX prescription_fill_by_prescription ON prescription_fill (prescription_id, number);

-- A patient's request for another fill; the prescriber approves (which makes the next fill) or
-- denies with a reason. Buckets: the patient's record and the prescriber's own.
CREATE TABLE refill_request (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    prescription_id        TEXT NOT NULL,
    patient_id             TEXT NOT NULL,
    prescriber_id          TEXT NOT NULL,
    -- the patient's
    note                   TEXT NOT NULL DEFAULT '',
    requested_at           BIGINT NOT NULL,
    -- requested, approved, denied
    status                 TEXT NOT NULL DEFAULT 'requested',
    -- a denial's reason
    reason                 TEXT NOT NULL DEFAULT '',
    decided_at             BIGINT,
    -- the fill an approval made
    fill_id                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX refill_request_by_patient_id_rev ON refill_request (patient_id, rev);
CREATE INDEX refill_request_by_prescriber_id_rev ON refill_request (prescriber_id, rev);
CREATE INDEX refill_request_by_prescription ON refill_request (prescription_id, requested_at);

-- What a pharmacy stocks of one drug, strength and form, and when to reorder. id =
-- "<pharmacy_id>|<drug_id>|<strength>|<form>". Bucket: the pharmacy's.
CREATE TABLE stock_item (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    pharmacy_id            TEXT NOT NULL,
    drug_id                TEXT NOT NULL,
    drug_name              TEXT NOT NULL DEFAULT '',
    strength               TEXT NOT NULL DEFAULT '',
    form                   TEXT NOT NULL DEFAULT '',
    -- units: at or below it the item is low
    reorder_level          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX stock_item_by_pharmacy_id_rev ON stock_item (pharmacy_id, rev);

-- One lot of a stock item as received: its number, expiry and the units left (never below
-- zero: the server refuses a dispense or adjustment that would take it there). Dispensing takes
-- from the unexpired lot that expires first. Bucket: the pharmacy's.
CREATE TABLE stock_lot (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    pharmacy_id            TEXT NOT NULL,
    -- stock_item.id
    item_id                TEXT NOT NULL,
    lot_number             TEXT NOT NULL,
    -- yyyy-MM-dd: usable through that day
    expiry_date            TEXT NOT NULL,
    -- units on hand
    quantity               BIGINT NOT NULL,
    received_at            BIGINT NOT NULL,
    received_by            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stock_lot_by_pharmacy_id_rev ON stock_lot (pharmacy_id, rev);
CREATE INDEX stock_lot_by_item ON stock_lot (item_id, expiry_date);

-- Every change to a lot's units other than a dispense: received, counted, damaged, expired
-- (written off), returned; with its reason, who and when (also in the audit log). Bucket: the
-- pharmacy's.
CREATE TABLE stock_adjustment (
    id                     TEXT PRIMARY KEY NOT NULL,
    rev                    BIGINT NOT NULL DEFAULT 0,
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             BIGINT NOT NULL,
    updated_by             TEXT NOT NULL DEFAULT '',
    pharmacy_id            TEXT NOT NULL,
    lot_id                 TEXT NOT NULL,
    -- units added (+) or removed (-)
    delta                  BIGINT NOT NULL,
    -- received, count, damaged, expired, returned, other: with a note
    reason                 TEXT NOT NULL,
    note                   TEXT NOT NULL DEFAULT '',
    made_at                BIGINT NOT NULL,
    made_by                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stock_adjustment_by_pharmacy_id_rev ON stock_adjustment (pharmacy_id, rev);
CREATE INDEX stock_adjustment_by_lot ON stock_adjustment (lot_id, made_at);
