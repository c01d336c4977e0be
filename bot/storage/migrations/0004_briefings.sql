-- Each article's briefing and story terms, computed once at ingest time.
CREATE TABLE briefings (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    json       TEXT NOT NULL,
    terms      TEXT NOT NULL        -- story terms, one per line
);
