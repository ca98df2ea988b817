-- The sequence number of the last stored record a glucose meter sent (docs/vitals.md, Devices):
-- on the next connection only the records after it are asked for (RACP, "greater than or equal
-- to" by sequence number) instead of all the meter keeps. Null: not known, all are asked for.
ALTER TABLE paired_device ADD COLUMN last_record_sequence INTEGER;
