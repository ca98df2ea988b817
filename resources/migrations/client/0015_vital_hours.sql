-- Client store, schema 15: what a long vital-sign chart reads.
--
-- A chart of a year or more draws about a thousand columns; reading every reading for it (a
-- year every five minutes is 105,120) decrypted megabytes of index pages before the first
-- paint (bench/vitals_chart_bench). vital_hour keeps, per patient, kind and hour, the lowest
-- and highest value (and diastolic) with the time each was taken, so a long chart reads one
-- row per hour and still draws every extreme at its true time.
--
-- Local and derived: RowStore recomputes an hour from vital_reading (core/vitals/vitalhours)
-- whenever a reading in it is written or erased, in the same transaction; a pull recomputes
-- each hour it touched once. No trigger: in SQLCipher 3.4.1 a trigger makes every insert a
-- multi-write statement with an encrypted statement journal (see 0002_patient_search.sql).
CREATE TABLE vital_hour (
    patient_id         TEXT NOT NULL,
    kind               TEXT NOT NULL,
    hour               INTEGER NOT NULL,   -- taken_at / 3,600,000
    readings           INTEGER NOT NULL,
    low                REAL,
    low_at             INTEGER,
    high               REAL,
    high_at            INTEGER,
    low2               REAL,               -- blood pressure's diastolic
    low2_at            INTEGER,
    high2              REAL,
    high2_at           INTEGER,
    PRIMARY KEY (patient_id, kind, hour)
) WITHOUT ROWID;

-- The readings already kept.
INSERT INTO vital_hour (patient_id, kind, hour, readings)
    SELECT patient_id, kind, taken_at / 3600000, count(*) FROM vital_reading WHERE NOT deleted
    GROUP BY patient_id, kind, taken_at / 3600000;
UPDATE vital_hour SET
    low = (SELECT r.value FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000
        ORDER BY r.value ASC, r.taken_at LIMIT 1),
    low_at = (SELECT r.taken_at FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000
        ORDER BY r.value ASC, r.taken_at LIMIT 1),
    high = (SELECT r.value FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000
        ORDER BY r.value DESC, r.taken_at LIMIT 1),
    high_at = (SELECT r.taken_at FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000
        ORDER BY r.value DESC, r.taken_at LIMIT 1),
    low2 = (SELECT r.diastolic FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000 AND r.diastolic IS NOT NULL
        ORDER BY r.diastolic ASC, r.taken_at LIMIT 1),
    low2_at = (SELECT r.taken_at FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000 AND r.diastolic IS NOT NULL
        ORDER BY r.diastolic ASC, r.taken_at LIMIT 1),
    high2 = (SELECT r.diastolic FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000 AND r.diastolic IS NOT NULL
        ORDER BY r.diastolic DESC, r.taken_at LIMIT 1),
    high2_at = (SELECT r.taken_at FROM vital_reading r
        WHERE r.patient_id = vital_hour.patient_id AND r.kind = vital_hour.kind AND NOT r.deleted
          AND r.taken_at >= vital_hour.hour * 3600000
          AND r.taken_at < vital_hour.hour * 3600000 + 3600000 AND r.diastolic IS NOT NULL
        ORDER BY r.diastolic DESC, r.taken_at LIMIT 1);
