-- Events counted per technique, attacker, kill-chain stage and UTC day (days since
-- 1970-01-01): an event counts once per technique, and once under the empty technique when it
-- has none, as the events' aggregate on technique groups them. Imports keep the counts in the
-- transaction that writes the events; a row whose count falls to zero is deleted. See
-- dev.needle.intel.internal.store.Rollup. The counts of a store written before this version
-- are built here from its events and technique rows.

CREATE TABLE rollup_technique (
    technique  TEXT    NOT NULL,
    attacker   TEXT    NOT NULL,
    kill_chain INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (technique, attacker, kill_chain, day)
) WITHOUT ROWID;

INSERT INTO rollup_technique (technique, attacker, kill_chain, day, n)
SELECT COALESCE(t.technique, ''), e.attacker, e.kill_chain,
       (e.date_ms - (((e.date_ms % 86400000) + 86400000) % 86400000)) / 86400000, COUNT(*)
FROM events e LEFT JOIN event_techniques t ON t.event_id = e.id
GROUP BY 1, 2, 3, 4;
