-- Per-guild daily briefing posts.
CREATE TABLE daily_settings (
    guild_id         INTEGER PRIMARY KEY,
    channel_id       INTEGER NOT NULL,
    post_time        TEXT NOT NULL,  -- HH:MM, local to timezone
    timezone         TEXT NOT NULL,  -- IANA name
    last_post_date   TEXT,           -- the guild-local date of the last post
    last_post_at     TEXT,           -- ISO 8601, UTC
    paused_reason    TEXT,
    quiet_when_empty INTEGER NOT NULL DEFAULT 0
);
