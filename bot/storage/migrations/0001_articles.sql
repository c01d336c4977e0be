-- Articles, their captions and body paragraphs, and full-text search.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    published    TEXT,              -- YYYY-MM-DD or NULL
    ingested_at  TEXT NOT NULL,     -- ISO 8601, UTC
    title        TEXT NOT NULL,
    title_given  INTEGER NOT NULL,
    url          TEXT,
    outlet       TEXT,
    body_chars   INTEGER NOT NULL
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_ingested ON articles (ingested_at);

CREATE TABLE captions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    credit     TEXT NOT NULL,
    date       TEXT,
    place      TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

-- rowid = articles.id; body holds the paragraphs, then the captions.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
