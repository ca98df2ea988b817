-- This computer's X25519 key pair for video calls (core/domain/callidentity.h): made here;
-- the secret half never leaves this encrypted store, the public half is registered with the
-- server. Not synced.
CREATE TABLE call_identity (
    account_id     TEXT PRIMARY KEY NOT NULL,
    public_key     BLOB NOT NULL,
    secret_key     BLOB NOT NULL,
    created_at     INTEGER NOT NULL
);

-- The peers' public keys as first met in a call (trust on first use): a different key later is
-- shown to the user as a warning. Not synced.
CREATE TABLE known_call_key (
    account_id     TEXT PRIMARY KEY NOT NULL,
    public_key     BLOB NOT NULL,
    first_seen_at  INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL
);
