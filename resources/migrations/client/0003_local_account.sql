-- Client store, schema 3: who this store belongs to.
--
-- Written at each online sign-in, read when the server cannot be reached, so the right
-- window opens offline. One row.

CREATE TABLE local_account (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    server        TEXT NOT NULL,       -- host:port
    account_id    TEXT NOT NULL,
    username      TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    idle_lock_minutes INTEGER NOT NULL DEFAULT 10,
    updated_at    INTEGER NOT NULL
);
