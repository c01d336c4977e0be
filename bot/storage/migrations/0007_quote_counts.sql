-- How many quotes each person has, kept by triggers, so autocomplete can rank
-- names by it without counting quotes on every keystroke.
ALTER TABLE people ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;

UPDATE people SET quotes = (SELECT count(*) FROM quotes q WHERE q.person_id = people.id);

CREATE INDEX people_quotes ON people (quotes DESC, name);

CREATE TRIGGER people_quotes_insert AFTER INSERT ON quotes WHEN new.person_id IS NOT NULL BEGIN
    UPDATE people SET quotes = quotes + 1 WHERE id = new.person_id;
END;

CREATE TRIGGER people_quotes_delete AFTER DELETE ON quotes WHEN old.person_id IS NOT NULL BEGIN
    UPDATE people SET quotes = quotes - 1 WHERE id = old.person_id;
END;
