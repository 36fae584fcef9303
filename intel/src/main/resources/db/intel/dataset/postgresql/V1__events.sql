-- One dataset's events, in the dataset's own schema. Searchable fields are columns; the lists
-- and the source's own fields are JSON beside them, and the lists are also rows of child
-- tables so they can be searched. Text sorts and compares by code point (collation "C"),
-- as in SQLite, so that results merged across datasets keep one order. Times are epoch
-- milliseconds; kill_chain is 0 (unknown) or 1 to 7; tlp is 0 (clear) to 4 (red). Extra
-- fields a dataset declares become columns named x_<field> at creation. An empty indicator
-- value is an importer's bug; the store refuses it rather than match nothing.

CREATE TABLE events (
    id               TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    date_ms          BIGINT           NOT NULL,
    headline         TEXT COLLATE "C" NOT NULL,
    category         TEXT COLLATE "C" NOT NULL,
    attacker         TEXT COLLATE "C" NOT NULL,
    attacker_country TEXT COLLATE "C" NOT NULL,
    target_country   TEXT COLLATE "C" NOT NULL,
    target_industry  TEXT COLLATE "C" NOT NULL,
    kill_chain       SMALLINT         NOT NULL CHECK (kill_chain BETWEEN 0 AND 7),
    tlp              SMALLINT         NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    confidence       SMALLINT         NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    first_seen_ms    BIGINT,
    last_seen_ms     BIGINT,
    insight          TEXT COLLATE "C" NOT NULL,
    indicators       JSONB            NOT NULL,
    techniques       JSONB            NOT NULL,
    tags             JSONB            NOT NULL,
    related          JSONB            NOT NULL,
    metadata         JSONB            NOT NULL,
    imported_ms      BIGINT           NOT NULL
);

CREATE INDEX events_date ON events (date_ms, id);
CREATE INDEX events_attacker ON events (attacker, id);
CREATE INDEX events_category ON events (category, id);
CREATE INDEX events_target_country ON events (target_country, id);
CREATE INDEX events_target_industry ON events (target_industry, id);

CREATE TABLE event_indicators (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id),
    type     TEXT COLLATE "C" NOT NULL,
    value    TEXT COLLATE "C" NOT NULL CHECK (length(value) > 0),
    PRIMARY KEY (event_id, type, value)
);

CREATE INDEX event_indicators_value ON event_indicators (type, value);

CREATE TABLE event_techniques (
    event_id  TEXT COLLATE "C" NOT NULL REFERENCES events (id),
    technique TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, technique)
);

CREATE INDEX event_techniques_technique ON event_techniques (technique);

CREATE TABLE event_tags (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id),
    tag      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, tag)
);

CREATE INDEX event_tags_tag ON event_tags (tag);
