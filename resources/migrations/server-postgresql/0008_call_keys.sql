-- Each account's X25519 public key for video visits (see the embedded store's
-- 0008_call_keys.sql).
CREATE TABLE call_key (
    account_id    TEXT PRIMARY KEY NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    public_key    BYTEA NOT NULL,
    updated_at    BIGINT NOT NULL
);
