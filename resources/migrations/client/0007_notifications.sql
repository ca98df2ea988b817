-- Client store, schema 7: the notification centre. This computer's own: not synced.

-- What happened to the user's visits that they did not do themself, and reminders.
CREATE TABLE notification (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              INTEGER NOT NULL,               -- UTC ms
    kind            TEXT NOT NULL,                  -- 'booked', 'confirmed', ..., 'reminder'
    text            TEXT NOT NULL,
    appointment_id  TEXT NOT NULL DEFAULT '',
    read            BOOLEAN NOT NULL DEFAULT 0
);

-- Each visit as the feed last saw it, so it tells only what changed since. The row with an
-- empty id marks that a first look was taken (visits already there then are not news).
CREATE TABLE notification_seen (
    appointment_id  TEXT PRIMARY KEY NOT NULL,
    status          TEXT NOT NULL DEFAULT '',
    start_at        INTEGER NOT NULL DEFAULT 0,
    reminded        BOOLEAN NOT NULL DEFAULT 0
);
