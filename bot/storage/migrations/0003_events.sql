-- Dated events and the people involved in them.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    until      TEXT,
    precision  TEXT NOT NULL,
    expression TEXT NOT NULL,
    text       TEXT NOT NULL,
    location   TEXT NOT NULL CHECK (location IN ('body', 'caption')),
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    upcoming   INTEGER NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE event_people (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_people_person ON event_people (person_id);

-- rowid = events.id
CREATE VIRTUAL TABLE events_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
