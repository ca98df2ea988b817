-- Devices a user has signed in from (see the embedded store's 0006_device_tokens.sql).
CREATE TABLE device_token (
    token_hash    BYTEA PRIMARY KEY NOT NULL,
    account_id    TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT NOT NULL
);
CREATE INDEX device_token_by_account ON device_token (account_id, last_used_at);

DELETE FROM sign_in_throttle WHERE key LIKE 'account:%';
