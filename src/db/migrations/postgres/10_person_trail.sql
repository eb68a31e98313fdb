-- 10 person_trail: what changed a person's records other than an import, and the deaths applied.
-- `record_changes` is the per-person change trail: one row per value a fix or a death
-- application changed (or an undo put back), keyed by the person's ID number so `person show`
-- reads it through an index. Imports are not written here (they keep their own bookkeeping:
-- the rows' batch columns and import_changes), so an import writes nothing more per row.
CREATE TABLE record_changes (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_number TEXT NOT NULL,              -- the person the changed record belongs to
    at        TEXT NOT NULL,              -- UTC, RFC 3339
    os_user   TEXT NOT NULL,
    source    TEXT NOT NULL,              -- fix:<rule> | death-apply | death-reversal
    ref_id    BIGINT,                     -- the death application, for death-apply and death-reversal
    tbl       TEXT NOT NULL,
    key       TEXT NOT NULL,              -- the record's natural key, joined with `|`
    col       TEXT NOT NULL,
    old       TEXT,                       -- NULL: the value was NULL
    new       TEXT
);
CREATE INDEX record_changes_person ON record_changes (id_number);
CREATE INDEX record_changes_ref ON record_changes (ref_id);

-- A death applied by `death apply`: the death date it acted on, the convention used to end the
-- enrolments, and the day payments were counted to. `reversed_at` is set when an import undo
-- of the death record reversed it; one live application per person.
CREATE TABLE death_applications (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_number   TEXT NOT NULL,
    death_date  DATE NOT NULL,
    end_at      TEXT NOT NULL,            -- month-end | death-date
    as_of       DATE NOT NULL,
    applied_at  TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    reversed_at TEXT
);
CREATE UNIQUE INDEX death_applications_live ON death_applications (id_number) WHERE reversed_at IS NULL;

-- The overpayments to recover: per enrolment ended by an application, the whole months paid
-- after the month of death up to the as-of date, times the monthly amount, in fen.
CREATE TABLE recoveries (
    application_id     BIGINT NOT NULL REFERENCES death_applications (id),
    id_number          TEXT NOT NULL,
    program            TEXT NOT NULL,
    region_code        TEXT NOT NULL,
    start_date         DATE NOT NULL,
    death_date         DATE NOT NULL,
    months             BIGINT NOT NULL,
    monthly_amount_fen BIGINT NOT NULL,
    amount_fen         BIGINT NOT NULL
);
CREATE INDEX recoveries_application ON recoveries (application_id);
CREATE INDEX recoveries_person ON recoveries (id_number);
