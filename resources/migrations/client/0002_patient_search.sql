-- Client store, schema 2: name search for the patient register.
--
-- An FTS4 index over patient names (FTS5 is not in SQLite 3.15). It is an external-content
-- table: it stores only the index, docid = patient.rowid. Accents are folded ("jose" finds
-- "José"); prefix indexes make "smi*" fast.
--
-- No triggers keep it in step: PatientRepository writes the index row in the same transaction
-- as the patient row. A trigger makes every INSERT a multi-write statement with a statement
-- journal, and SQLCipher 3.4.1 (SQLite 3.15) encrypts each statement-journal page even when it
-- never leaves memory: measured 12x the instructions per insert (docs/storage.md).

CREATE VIRTUAL TABLE patient_search USING fts4(
    content="patient",
    family_name,
    given_name,
    tokenize=unicode61 "remove_diacritics=1",
    prefix="2,3"
);

-- Patients already in a schema-1 store become searchable.
INSERT INTO patient_search (patient_search) VALUES ('rebuild');
