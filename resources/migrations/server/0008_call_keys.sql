-- Video visits: each account's X25519 public key (32 bytes), registered from its own computer,
-- where the secret half stays. The server hands it to the other side of a visit's call so the
-- caller can seal the call secret to it (core/crypto/callkeys.h, docs/video.md). One key per
-- account: registering again replaces it, and the other side's client warns of the change.
CREATE TABLE call_key (
    account_id    TEXT PRIMARY KEY NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    public_key    BLOB NOT NULL,
    updated_at    INTEGER NOT NULL
);
