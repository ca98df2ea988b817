-- Client store, schema 6: the provider directory.

-- A provider's page in the directory, written by the provider once the admin has verified
-- them; id is the provider's account id. Lists are '|'-separated ("cardiology|sports").
-- Everyone receives it (the "directory" bucket). Coordinates in millionths of a degree.
CREATE TABLE provider_profile (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                INTEGER NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT 0,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    display_name       TEXT NOT NULL,
    specialties        TEXT NOT NULL DEFAULT '',  -- lower case
    languages          TEXT NOT NULL DEFAULT '',  -- ISO 639-1 codes
    modalities         TEXT NOT NULL DEFAULT '',  -- in_person, video
    city               TEXT NOT NULL DEFAULT '',
    latitude_e6        INTEGER,
    longitude_e6       INTEGER,
    bio                TEXT NOT NULL DEFAULT ''
);

-- Names and specialties, searched on this computer (FTS4, as patient_search).
CREATE VIRTUAL TABLE provider_search USING fts4(
    content="provider_profile",
    display_name,
    specialties,
    tokenize=unicode61 "remove_diacritics=1",
    prefix="2,3"
);
-- Written during a big pull and indexed in one go at its end (as patient_search_pending).
CREATE TABLE provider_search_pending (
    docid  INTEGER PRIMARY KEY
);
