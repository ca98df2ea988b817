-- The medicines reference data shipped with the program (resources/reference, issue 15), as
-- loaded into this store at start by core/pharmacy/referencerepository: drug search, a drug's
-- forms and dose, and its medication guide read from here. Local, not synced: every program
-- carries the same files, and reference_loaded says which set the tables hold. A new version
-- (or any changed byte: the digest) replaces every reference_ table in one transaction, so an
-- interrupted load leaves the previous set whole. The medication check itself keeps using the
-- in-memory copy of the same files, as the server does.

-- One row (id = 1): the set the tables hold. Absent until the first load.
CREATE TABLE reference_loaded (
    id                     INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    -- manifest.json's "version", named by every check's result
    version                TEXT NOT NULL,
    -- manifest.json's "released", yyyy-MM-dd
    released               TEXT NOT NULL DEFAULT '',
    -- SHA-256 (hex) of the shipped files, their paths and contents, in path order
    digest                 TEXT NOT NULL,
    loaded_at              INTEGER NOT NULL,
    drug_count             INTEGER NOT NULL
);

-- A drug of the set. Lists are JSON arrays of text.
CREATE TABLE reference_drug (
    id                     TEXT PRIMARY KEY NOT NULL,
    -- its place in the shipped files (ATC group file, then entry)
    position               INTEGER NOT NULL,
    -- the INN
    name                   TEXT NOT NULL,
    -- other generic names in use (acetaminophen, nitroglycerin), JSON
    other_names            TEXT NOT NULL DEFAULT '[]',
    brands                 TEXT NOT NULL DEFAULT '[]',
    atc                    TEXT NOT NULL,
    -- reference_class ids, JSON
    classes                TEXT NOT NULL DEFAULT '[]',
    -- for a combination product, the component drugs' ids, JSON
    components             TEXT NOT NULL DEFAULT '[]',
    usual_adult_dose       TEXT NOT NULL DEFAULT '',
    sources                TEXT NOT NULL DEFAULT '[]'
);

-- Every name a drug is found by: its id, generic names and brands, case-folded with spaces
-- simplified (ReferenceData::normalisedName), and as written.
CREATE TABLE reference_drug_name (
    folded                 TEXT NOT NULL,
    drug_id                TEXT NOT NULL,
    -- as written: "Advil"
    name                   TEXT NOT NULL,
    -- generic, brand or id
    kind                   TEXT NOT NULL,
    PRIMARY KEY (folded, drug_id)
) WITHOUT ROWID;
CREATE INDEX reference_drug_name_by_drug ON reference_drug_name (drug_id);

-- A drug's forms in the shipped order, each with its strengths (JSON).
CREATE TABLE reference_drug_form (
    drug_id                TEXT NOT NULL,
    position               INTEGER NOT NULL,
    -- "tablet", "oral suspension"
    form                   TEXT NOT NULL,
    -- ["120 mg/5 mL", "250 mg/5 mL"]
    strengths              TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (drug_id, position)
) WITHOUT ROWID;

-- The patient's medication guide of a drug: plain words, one to four sentences each.
CREATE TABLE reference_guide (
    drug_id                TEXT PRIMARY KEY NOT NULL,
    uses                   TEXT NOT NULL DEFAULT '',
    dosage                 TEXT NOT NULL DEFAULT '',
    side_effects           TEXT NOT NULL DEFAULT '',
    precautions            TEXT NOT NULL DEFAULT '',
    seek_help              TEXT NOT NULL DEFAULT ''
);

-- A drug class (classes.json): pharmacological or mechanism.
CREATE TABLE reference_class (
    id                     TEXT PRIMARY KEY NOT NULL,
    position               INTEGER NOT NULL,
    name                   TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    synonyms               TEXT NOT NULL DEFAULT '[]'
);

-- An allergy class (allergies.json); cross_sensitivity is JSON as in the file
-- ([{"drug_class", "severity", "effect", "advice"}]).
CREATE TABLE reference_allergy_class (
    id                     TEXT PRIMARY KEY NOT NULL,
    position               INTEGER NOT NULL,
    name                   TEXT NOT NULL,
    synonyms               TEXT NOT NULL DEFAULT '[]',
    drug_classes           TEXT NOT NULL DEFAULT '[]',
    -- contraindicated, major, moderate, minor
    severity               TEXT NOT NULL,
    effect                 TEXT NOT NULL DEFAULT '',
    advice                 TEXT NOT NULL DEFAULT '',
    cross_sensitivity      TEXT NOT NULL DEFAULT '[]',
    sources                TEXT NOT NULL DEFAULT '[]'
);

-- An interaction (interactions.json), written once for both ways round; a side is a drug id
-- or "class:<class id>".
CREATE TABLE reference_interaction (
    position               INTEGER PRIMARY KEY NOT NULL,
    a                      TEXT NOT NULL,
    b                      TEXT NOT NULL,
    severity               TEXT NOT NULL,
    effect                 TEXT NOT NULL DEFAULT '',
    advice                 TEXT NOT NULL DEFAULT '',
    sources                TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX reference_interaction_by_a ON reference_interaction (a);
CREATE INDEX reference_interaction_by_b ON reference_interaction (b);
