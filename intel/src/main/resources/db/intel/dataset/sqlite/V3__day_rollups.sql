-- Events counted per UTC day (days since 1970-01-01) and some event columns, under the
-- events' column names, so that aggregates on those columns read a few rows per day instead
-- of every event. Imports keep the counts in the transaction that writes the events; a row
-- whose count falls to zero is deleted. See dev.needle.intel.internal.store.Rollup.
-- The counts of a store written before this version are built here from its events.

CREATE TABLE rollup_attacker (
    attacker TEXT    NOT NULL,
    day      INTEGER NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (attacker, day)
) WITHOUT ROWID;

CREATE TABLE rollup_industry (
    target_industry TEXT    NOT NULL,
    attacker        TEXT    NOT NULL,
    day             INTEGER NOT NULL,
    n               INTEGER NOT NULL,
    PRIMARY KEY (target_industry, attacker, day)
) WITHOUT ROWID;

CREATE TABLE rollup_all (
    attacker        TEXT    NOT NULL,
    target_industry TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    target_country  TEXT    NOT NULL,
    kill_chain      INTEGER NOT NULL,
    day             INTEGER NOT NULL,
    n               INTEGER NOT NULL,
    PRIMARY KEY (attacker, target_industry, category, target_country, kill_chain, day)
) WITHOUT ROWID;

INSERT INTO rollup_all (attacker, target_industry, category, target_country, kill_chain, day, n)
SELECT attacker, target_industry, category, target_country, kill_chain,
       (date_ms - (((date_ms % 86400000) + 86400000) % 86400000)) / 86400000, COUNT(*)
FROM events
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO rollup_industry (target_industry, attacker, day, n)
SELECT target_industry, attacker, day, SUM(n) FROM rollup_all GROUP BY 1, 2, 3;

INSERT INTO rollup_attacker (attacker, day, n)
SELECT attacker, day, SUM(n) FROM rollup_industry GROUP BY 1, 2;
