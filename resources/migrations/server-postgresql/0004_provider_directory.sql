-- Server store on PostgreSQL, schema 4: the provider directory.

-- A provider's page in the directory, written by the provider once the admin has verified
-- them; id is the provider's account id. Lists are '|'-separated ("cardiology|sports").
-- Everyone receives it (the "directory" bucket). Coordinates in millionths of a degree.
CREATE TABLE provider_profile (
    id                 TEXT PRIMARY KEY NOT NULL,
    rev                BIGINT NOT NULL DEFAULT 0,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         BIGINT NOT NULL,
    updated_by         TEXT NOT NULL DEFAULT '',
    display_name       TEXT NOT NULL,
    specialties        TEXT NOT NULL DEFAULT '',  -- lower case
    languages          TEXT NOT NULL DEFAULT '',  -- ISO 639-1 codes
    modalities         TEXT NOT NULL DEFAULT '',  -- in_person, video
    city               TEXT NOT NULL DEFAULT '',
    latitude_e6        BIGINT,
    longitude_e6       BIGINT,
    bio                TEXT NOT NULL DEFAULT ''
);
