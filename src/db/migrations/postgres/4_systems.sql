-- 4 systems: the information-system inventory (zombie systems, issue 7), the activity that
-- shows whether a system is used, the scans that classify systems, and retirement steps.
-- Dates are DATE, timestamps TIMESTAMPTZ, money integer fen (分).
-- `systems` is a record table of the import engine: its data columns in canonical order,
-- then the bookkeeping columns every record table has.
CREATE TABLE systems (
    id                 TEXT NOT NULL PRIMARY KEY,
    name               TEXT NOT NULL,
    department         TEXT NOT NULL DEFAULT '',
    owner              TEXT NOT NULL DEFAULT '',
    contact            TEXT NOT NULL DEFAULT '',
    tags               TEXT NOT NULL DEFAULT '',   -- ';'-separated
    scope              TEXT NOT NULL DEFAULT '',
    go_live            DATE,
    approval_doc       TEXT NOT NULL DEFAULT '',
    funding_source     TEXT NOT NULL DEFAULT '',
    funding_amount_fen BIGINT NOT NULL DEFAULT 0,
    vendor             TEXT NOT NULL DEFAULT '',
    contract_end       DATE,
    mlps_level         TEXT NOT NULL DEFAULT '',   -- 等保 1-5, '' unknown
    mlps_filing        TEXT NOT NULL DEFAULT '',
    crypto_assessment  TEXT NOT NULL DEFAULT '',
    urls               TEXT NOT NULL DEFAULT '',   -- ';'-separated
    hosts              TEXT NOT NULL DEFAULT '',   -- ';'-separated host:port
    environment        TEXT NOT NULL DEFAULT '',
    vcpu               BIGINT NOT NULL DEFAULT 0,
    memory_gb          BIGINT NOT NULL DEFAULT 0,
    storage_gb         BIGINT NOT NULL DEFAULT 0,
    ips                BIGINT NOT NULL DEFAULT 0,
    annual_cost_fen    BIGINT NOT NULL DEFAULT 0,
    sharing            TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL DEFAULT 'in_service', -- lifecycle: in_service, then the retirement steps
    notes              TEXT NOT NULL DEFAULT '',
    flags              TEXT NOT NULL DEFAULT '',
    batch_id           BIGINT,
    src_line           BIGINT,
    created_batch      BIGINT,
    seen_batch         BIGINT
);

-- One row per system, day and kind. `requests`: real requests (access), events (login,
-- data_update, deploy, maintenance) or probes run (probe). `details`: JSON (the day's users for
-- access, the last result for probe).
CREATE TABLE system_activity (
    system    TEXT NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
    day       DATE NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('access', 'data_update', 'login', 'deploy', 'maintenance', 'probe')),
    requests  BIGINT NOT NULL DEFAULT 0,
    clients   BIGINT NOT NULL DEFAULT 0,
    users     BIGINT NOT NULL DEFAULT 0,
    last_at   TIMESTAMPTZ,
    details   TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (system, day, kind)
);

CREATE TABLE system_scans (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    as_of     DATE NOT NULL,
    policy    TEXT NOT NULL,            -- the policy applied, as TOML
    os_user   TEXT NOT NULL
);

CREATE TABLE system_scan_results (
    scan_id   BIGINT NOT NULL REFERENCES system_scans (id) ON DELETE CASCADE,
    system    TEXT NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
    state     TEXT NOT NULL CHECK (state IN ('active', 'idle', 'zombie')),
    score     BIGINT NOT NULL,
    reasons   TEXT NOT NULL,            -- JSON array
    missing   TEXT NOT NULL,            -- JSON array
    worsened  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (scan_id, system)
);

-- suspected → confirmed → offline → data → released → retired, one row per step done.
CREATE TABLE system_retirement_steps (
    system    TEXT NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
    step      TEXT NOT NULL CHECK (step IN ('suspected', 'confirmed', 'offline', 'data', 'released', 'retired')),
    day       DATE NOT NULL,
    person    TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '', -- data: archived|migrated|destroyed and where
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (system, step)
);
