-- The hash of each file's bytes, so a file stored before is recognised
-- as unchanged without being parsed again (start-up re-reads its folder).
ALTER TABLE articles ADD COLUMN raw_hash TEXT;
