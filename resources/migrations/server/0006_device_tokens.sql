-- Devices a user has signed in from: a random token kept on the device (only its SHA-256
-- here). A sign-in that presents one is throttled on the device's own count, not on the user
-- name's, so someone guessing at a name cannot lock its owner out of their usual computer
-- (OWASP's "device cookies"). See sync_server/devicetokenrepository.h.
CREATE TABLE device_token (
    token_hash    BLOB PRIMARY KEY NOT NULL,
    account_id    TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL
);
CREATE INDEX device_token_by_account ON device_token (account_id, last_used_at);

-- The back-off now counts per user name ("name:<username>"), known or not, instead of per
-- account id: counts kept under the old keys no longer apply.
DELETE FROM sign_in_throttle WHERE key LIKE 'account:%';
