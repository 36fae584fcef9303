-- One dataset's events. Searchable fields are columns; the lists and the source's own fields
-- are JSON beside them, and the lists are also rows of child tables so they can be searched.
-- Times are epoch milliseconds; kill_chain is 0 (unknown) or 1 to 7; tlp is 0 (clear) to
-- 4 (red). Extra fields a dataset declares become columns named x_<field> at creation. An
-- empty indicator value is an importer's bug; the store refuses it rather than match nothing.

CREATE TABLE events (
    id               TEXT    NOT NULL PRIMARY KEY,
    date_ms          INTEGER NOT NULL,
    headline         TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    attacker         TEXT    NOT NULL,
    attacker_country TEXT    NOT NULL,
    target_country   TEXT    NOT NULL,
    target_industry  TEXT    NOT NULL,
    kill_chain       INTEGER NOT NULL CHECK (kill_chain BETWEEN 0 AND 7),
    tlp              INTEGER NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    confidence       INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    first_seen_ms    INTEGER,
    last_seen_ms     INTEGER,
    insight          TEXT    NOT NULL,
    indicators       TEXT    NOT NULL,
    techniques       TEXT    NOT NULL,
    tags             TEXT    NOT NULL,
    related          TEXT    NOT NULL,
    metadata         TEXT    NOT NULL,
    imported_ms      INTEGER NOT NULL
);

CREATE INDEX events_date ON events (date_ms, id);
CREATE INDEX events_attacker ON events (attacker, id);
CREATE INDEX events_category ON events (category, id);
CREATE INDEX events_target_country ON events (target_country, id);
CREATE INDEX events_target_industry ON events (target_industry, id);

CREATE TABLE event_indicators (
    event_id TEXT NOT NULL REFERENCES events (id),
    type     TEXT NOT NULL,
    value    TEXT NOT NULL CHECK (length(value) > 0),
    PRIMARY KEY (event_id, type, value)
) WITHOUT ROWID;

CREATE INDEX event_indicators_value ON event_indicators (type, value);

CREATE TABLE event_techniques (
    event_id  TEXT NOT NULL REFERENCES events (id),
    technique TEXT NOT NULL,
    PRIMARY KEY (event_id, technique)
) WITHOUT ROWID;

CREATE INDEX event_techniques_technique ON event_techniques (technique);

CREATE TABLE event_tags (
    event_id TEXT NOT NULL REFERENCES events (id),
    tag      TEXT NOT NULL,
    PRIMARY KEY (event_id, tag)
) WITHOUT ROWID;

CREATE INDEX event_tags_tag ON event_tags (tag);
