-- Server store, schema 1: accounts, sessions, sign-in throttling, settings, audit log.
-- All times are UTC Unix milliseconds. Written for SQLite 3.15 (SQLCipher 3.4.1).

CREATE TABLE account (
    id                   TEXT PRIMARY KEY NOT NULL,       -- UUID
    username             TEXT NOT NULL UNIQUE,            -- lower case; what users type
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('patient', 'doctor', 'nurse',
                                                       'front_desk', 'pharmacist', 'admin')),
    status               TEXT NOT NULL CHECK (status IN ('active', 'pending', 'rejected',
                                                         'disabled')),
    status_reason        TEXT NOT NULL DEFAULT '',        -- why rejected or disabled
    password_hash        TEXT NOT NULL,                   -- libsodium crypto_pwhash_str (Argon2id)
    must_change_password BOOLEAN NOT NULL DEFAULT 0,      -- set by an admin reset
    totp_secret          BLOB,                            -- set once enrolment is confirmed
    totp_pending_secret  BLOB,                            -- between enrolment start and confirm
    totp_last_step       INTEGER NOT NULL DEFAULT 0,      -- last accepted step: no code twice
    licence_number       TEXT NOT NULL DEFAULT '',        -- doctors: what the admin verifies
    specialty            TEXT NOT NULL DEFAULT '',
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

CREATE TABLE session (
    id            TEXT PRIMARY KEY NOT NULL,              -- shown to the user to end it
    token_hash    BLOB NOT NULL UNIQUE,                   -- SHA-256 of the 256-bit token
    account_id    TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,                       -- absolute expiry
    source        TEXT NOT NULL DEFAULT '',               -- client address at sign-in
    client        TEXT NOT NULL DEFAULT ''                -- client program and version
);
CREATE INDEX session_by_account ON session (account_id);

-- Failed sign-ins per key ("account:<id>" or "address:<ip>"), for exponential back-off.
CREATE TABLE sign_in_throttle (
    key             TEXT PRIMARY KEY NOT NULL,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL,
    blocked_until   INTEGER NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Append-only. Each row's hash covers the previous row's hash and this row's fields, so an
-- edited, inserted or deleted row breaks the chain; audit_head remembers the last row so a
-- deleted tail is found too.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY CHECK (seq >= 1),       -- 1, 2, 3... without gaps
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,                              -- account id, or 'system'
    action    TEXT NOT NULL,                              -- 'auth.sign_in', 'account.create', ...
    target    TEXT NOT NULL DEFAULT '',                   -- what it acted on
    source    TEXT NOT NULL DEFAULT '',                   -- client address or 'cli'
    detail    TEXT NOT NULL DEFAULT '',                   -- never a password or patient data
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash      BLOB NOT NULL CHECK (length(hash) = 32)
);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL CHECK (length(hash) = 32)
);

-- Append-only by accident-proofing, not by force: anyone with write access can drop these,
-- and the hash chain is what then tells. (BEFORE UPDATE/DELETE triggers never fire on the
-- INSERT that appends, so they cost appends nothing.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
