-- 2 records: civil-affairs records and the import batches that wrote them.
-- Codes (ID numbers, region codes, USCCs, phones) are TEXT everywhere; dates are ISO-8601 TEXT
-- (NULL when absent); money is integer fen (分), exact. `flags` lists the rules a row broke when
-- it was loaded with --lenient (';'-separated; '' for clean rows). `batch_id` is the import batch
-- that last changed a row, `created_batch` the one that inserted it, `seen_batch` the last batch
-- whose file held it (in-file conflicts, --mode replace) and `src_line` its line in that file.
CREATE TABLE import_batches (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    file          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    mode          TEXT NOT NULL,
    lenient       INTEGER NOT NULL DEFAULT 0,
    os_user       TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    state         TEXT NOT NULL,          -- running | done | interrupted | failed | undone
    owner         TEXT NOT NULL DEFAULT '', -- host:pid of the process running it
    last_line     INTEGER NOT NULL DEFAULT 0,
    read          INTEGER NOT NULL DEFAULT 0,
    inserted      INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    rejected      INTEGER NOT NULL DEFAULT 0,
    conflicts     INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0,
    seconds       REAL NOT NULL DEFAULT 0
);

-- Rows as they were before a batch updated or deleted them, so `import undo` can restore them.
CREATE TABLE import_changes (
    batch_id  INTEGER NOT NULL REFERENCES import_batches (id),
    tbl       TEXT NOT NULL,
    previous  TEXT NOT NULL               -- JSON array: the row's columns in table order
);
CREATE INDEX import_changes_batch ON import_changes (batch_id);

CREATE TABLE people (
    id_number     TEXT NOT NULL,
    region_code   TEXT NOT NULL,
    name          TEXT NOT NULL,
    gender        TEXT NOT NULL DEFAULT '',  -- GB/T 2261.1: 1 male, 2 female
    birth_date    TEXT,
    phone         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    ethnicity     TEXT NOT NULL DEFAULT '',
    flags         TEXT NOT NULL DEFAULT '',
    batch_id      INTEGER,
    src_line      INTEGER,
    created_batch INTEGER,
    seen_batch    INTEGER,
    PRIMARY KEY (id_number, region_code)
);

CREATE TABLE enrolments (
    id_number          TEXT NOT NULL,
    program            TEXT NOT NULL,
    region_code        TEXT NOT NULL,
    start_date         TEXT NOT NULL,
    end_date           TEXT,
    monthly_amount_fen INTEGER NOT NULL,
    status             TEXT NOT NULL DEFAULT '',
    flags              TEXT NOT NULL DEFAULT '',
    batch_id           INTEGER,
    src_line           INTEGER,
    created_batch      INTEGER,
    seen_batch         INTEGER,
    PRIMARY KEY (id_number, program, region_code, start_date)
);

CREATE TABLE deaths (
    id_number     TEXT NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    death_date    TEXT NOT NULL,
    cremation_no  TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    flags         TEXT NOT NULL DEFAULT '',
    batch_id      INTEGER,
    src_line      INTEGER,
    created_batch INTEGER,
    seen_batch    INTEGER
);

CREATE TABLE organizations (
    uscc          TEXT NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    region_code   TEXT NOT NULL,
    registered_on TEXT,
    legal_rep     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT '',
    flags         TEXT NOT NULL DEFAULT '',
    batch_id      INTEGER,
    src_line      INTEGER,
    created_batch INTEGER,
    seen_batch    INTEGER
);
