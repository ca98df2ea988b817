-- Server store on PostgreSQL, schema 1: the tables of migrations/server/0001_initial.sql,
-- column for column, in PostgreSQL's types (64-bit integers for the millisecond times,
-- BYTEA for BLOB). The same server code runs on both; keep the two in step.

CREATE TABLE account (
    id                   TEXT PRIMARY KEY NOT NULL,
    username             TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('patient', 'doctor', 'nurse',
                                                       'front_desk', 'pharmacist', 'admin')),
    status               TEXT NOT NULL CHECK (status IN ('active', 'pending', 'rejected',
                                                         'disabled')),
    status_reason        TEXT NOT NULL DEFAULT '',
    password_hash        TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    totp_secret          BYTEA,
    totp_pending_secret  BYTEA,
    totp_last_step       BIGINT NOT NULL DEFAULT 0,
    licence_number       TEXT NOT NULL DEFAULT '',
    specialty            TEXT NOT NULL DEFAULT '',
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);

CREATE TABLE session (
    id            TEXT PRIMARY KEY NOT NULL,
    token_hash    BYTEA NOT NULL UNIQUE,
    account_id    TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',
    client        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_by_account ON session (account_id);

CREATE TABLE sign_in_throttle (
    key             TEXT PRIMARY KEY NOT NULL,
    failures        INTEGER NOT NULL,
    last_failure_at BIGINT NOT NULL,
    blocked_until   BIGINT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq       BIGINT PRIMARY KEY CHECK (seq >= 1),
    at        BIGINT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL DEFAULT '',
    source    TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash BYTEA NOT NULL CHECK (length(prev_hash) = 32),
    hash      BYTEA NOT NULL CHECK (length(hash) = 32)
);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash BYTEA NOT NULL CHECK (length(hash) = 32)
);

-- Append-only by accident-proofing, as on the embedded store; the hash chain is what tells.
-- (The function body is a plain quoted string so the migration splitter reads it as one.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
'BEGIN RAISE EXCEPTION ''the audit log is append-only''; END';

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
