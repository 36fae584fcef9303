-- The registry: who exists, which tokens act for them, which datasets they own and share.
-- The same text runs on SQLite and PostgreSQL. Times are epoch milliseconds.

CREATE TABLE organisations (
    name       TEXT   NOT NULL PRIMARY KEY,
    created_ms BIGINT NOT NULL
);

CREATE TABLE tokens (
    id           TEXT   NOT NULL PRIMARY KEY,
    organisation TEXT   NOT NULL REFERENCES organisations (name),
    sha256       TEXT   NOT NULL UNIQUE,
    scopes       TEXT   NOT NULL,
    label        TEXT   NOT NULL,
    created_ms   BIGINT NOT NULL,
    revoked_ms   BIGINT
);

CREATE TABLE datasets (
    id           TEXT   NOT NULL PRIMARY KEY,
    name         TEXT   NOT NULL UNIQUE,
    owner        TEXT   NOT NULL REFERENCES organisations (name),
    visibility   TEXT   NOT NULL CHECK (visibility IN ('private', 'shared', 'public')),
    extra_fields TEXT   NOT NULL,
    decay        TEXT   NOT NULL,
    created_ms   BIGINT NOT NULL
);

CREATE TABLE dataset_partners (
    dataset_id   TEXT NOT NULL REFERENCES datasets (id),
    organisation TEXT NOT NULL REFERENCES organisations (name),
    PRIMARY KEY (dataset_id, organisation)
);
