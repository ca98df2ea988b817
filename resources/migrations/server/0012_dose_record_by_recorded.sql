-- dose.record counts the doses a record took in the last 24 hours (maxDosesPerDay): by patient
-- and recorded_at, so the count reads one day's doses, not the record's whole history.
CREATE INDEX dose_record_by_patient_recorded ON dose_record (patient_id, recorded_at);
