-- Dated events and the people involved in them.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,    -- order of the event in its article
    date       TEXT NOT NULL,
    until      TEXT,
    precision  TEXT NOT NULL,
    expression TEXT NOT NULL,
    text       TEXT NOT NULL,
    location   TEXT NOT NULL CHECK (location IN ('body', 'caption')),
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    upcoming   INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
-- Timelines walk this index in date order when a filter matches many events.
CREATE INDEX events_order ON events (date, article_id, position);

CREATE TABLE event_people (
    article_id INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    date       TEXT NOT NULL,       -- the event's date, copied so one index orders them
    PRIMARY KEY (article_id, position, person_id),
    FOREIGN KEY (article_id, position) REFERENCES events (article_id, position) ON DELETE CASCADE
);
CREATE INDEX event_people_person ON event_people (person_id, date, article_id, position);
