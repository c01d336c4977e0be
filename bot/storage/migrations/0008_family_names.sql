-- The family name (last word) of each person's name, so that "Pelosi" finds
-- Nancy Pelosi when no article used it alone, by an index: typed whole
-- (/quote, /who) or as the start of a name (autocomplete).
CREATE TABLE person_families (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    PRIMARY KEY (person_id, key)
);
CREATE INDEX person_families_key ON person_families (key);

INSERT OR IGNORE INTO person_families (person_id, key)
    SELECT id, family_key(name) FROM people WHERE family_key(name) <> '';
