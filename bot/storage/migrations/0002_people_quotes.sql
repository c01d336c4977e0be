-- People (merged across articles by a canonical key), their aliases, and quotes.
CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (person_id, key)
);
CREATE INDEX person_aliases_key ON person_aliases (key);

CREATE TABLE article_people (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    title      TEXT,
    published  TEXT,                -- the article's date, copied so one index orders them
    PRIMARY KEY (article_id, person_id)
);
CREATE INDEX article_people_person ON article_people (person_id, published DESC, article_id DESC);

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people (id),
    speaker    TEXT,                -- canonical name or role text; NULL when unknown
    published  TEXT,                -- the article's date, copied so one index orders quotes
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('full', 'fragment')),
    location   TEXT NOT NULL CHECK (location IN ('body', 'caption')),
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
-- Full quotes first ('full' > 'fragment'), newest first: the order /quote lists them in.
CREATE INDEX quotes_person ON quotes (person_id, kind DESC, published DESC, article_id DESC);

-- One row per article (rowid = articles.id): all its quotes and speakers, so a
-- search finds the articles and has_words() then picks the quotes. (A row per
-- quote made this index half of the cost of storing an article.)
CREATE VIRTUAL TABLE quote_words USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
