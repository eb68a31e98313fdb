-- 3 regions: region reference data (built in, and imported official lists) and placenames.

-- Every unit that held a code, with its years: (code, name, level, parent) is in use from
-- valid_from (inclusive) to valid_to (exclusive; NULL = in use today), years as at 31 December.
-- A code is never unique over time: join on (code, year), not on code alone.
CREATE TABLE region_versions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'township', 'village')),
    parent_code TEXT,
    valid_from  INTEGER NOT NULL,
    valid_to    INTEGER,
    source      TEXT NOT NULL CHECK (source IN ('history', 'gbt_edition', 'nbs'))
);
CREATE INDEX region_versions_code ON region_versions (code, valid_from);
CREATE INDEX region_versions_parent ON region_versions (parent_code);

-- Official lists loaded with `mzctl region import`, one per year.
CREATE TABLE region_lists (
    version     INTEGER PRIMARY KEY,     -- the year the list describes (as at 31 December)
    previous    INTEGER NOT NULL,        -- the year it was compared with
    file        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    row_count   BIGINT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE region_list_rows (
    version     INTEGER NOT NULL REFERENCES region_lists (version) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'township', 'village')),
    parent_code TEXT,
    PRIMARY KEY (version, code)
);

-- Changes between versions. list_version NULL: the built-in history; otherwise the change an
-- imported list made against its previous list. old_* NULL for created, new_* NULL for abolished.
CREATE TABLE region_changes (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    old_code     TEXT,
    old_name     TEXT,
    new_code     TEXT,
    new_name     TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('renamed', 'recoded', 'merged', 'split', 'reparented', 'abolished', 'created', 'transferred')),
    effective    INTEGER NOT NULL,       -- first year (as at 31 December) of the new state
    list_version INTEGER REFERENCES region_lists (version) ON DELETE CASCADE
);
CREATE INDEX region_changes_old ON region_changes (old_code);
CREATE INDEX region_changes_new ON region_changes (new_code);
CREATE INDEX region_changes_list ON region_changes (list_version);

-- What `mzctl region sync` last wrote: a checksum of the built-in data, so a second sync of
-- the same data changes nothing.
CREATE TABLE region_sync (
    dataset   TEXT PRIMARY KEY,
    checksum  TEXT NOT NULL,
    versions  BIGINT NOT NULL,
    changes   BIGINT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);

-- Placenames (地名): code = county (6) + township (3, 000 = directly under the county)
-- + GB/T 18521 category (5) + sequence (6).
CREATE TABLE places (
    code           TEXT PRIMARY KEY CHECK (length(code) = 20),
    county_code    TEXT NOT NULL,
    township_code  TEXT NOT NULL,
    category_code  TEXT NOT NULL,
    seq            INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 999999),
    name           TEXT NOT NULL,
    aliases        TEXT NOT NULL DEFAULT '',   -- ';'-separated
    pinyin         TEXT NOT NULL,
    longitude      DOUBLE PRECISION,           -- CGCS2000
    latitude       DOUBLE PRECISION,
    meaning        TEXT NOT NULL DEFAULT '',   -- 含义
    history        TEXT NOT NULL DEFAULT '',   -- 历史沿革
    status         TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'historical')),
    set_up_year    INTEGER,
    abolished_year INTEGER,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX places_seq ON places (county_code, township_code, category_code, seq);
-- One current standard name per township and category.
CREATE UNIQUE INDEX places_current_name ON places (county_code, township_code, category_code, name) WHERE status = 'current';
CREATE INDEX places_name ON places (name);
