-- The date added of each event, as TAXII reports it: microseconds since the epoch from the
-- service's clock at the import that wrote the event; an import that replaces an event adds it
-- anew. Within a dataset no two events share a date added: the events of an import follow one
-- microsecond apart, after every date added before, so that a TAXII client resuming with the
-- last date added it saw neither misses nor repeats an event.
--
-- Backfill: existing rows take the time of the import that wrote them, which imported_ms has
-- held since V1 (not the event's own date), spread one microsecond apart in id order within
-- each import. An earlier import of n events may so interleave with one that came less than
-- n microseconds after it.

ALTER TABLE events ADD COLUMN added_us BIGINT NOT NULL DEFAULT 0;

UPDATE events SET added_us = spread.added_us
FROM (SELECT id, imported_ms * 1000 - 1
             + ROW_NUMBER() OVER (PARTITION BY imported_ms ORDER BY id) AS added_us
      FROM events) AS spread
WHERE events.id = spread.id;

ALTER TABLE events ALTER COLUMN added_us DROP DEFAULT;

CREATE INDEX events_added ON events (added_us, id);
