-- 5 checks: data-quality check runs and their findings.
-- `rules` is a JSON array of the rules run, `params` a JSON object of the scope and rule
-- parameters, `counts` a JSON object of findings per rule. A finding names its record by
-- table and natural key (people: id_number; enrolments: id_number|program; organizations:
-- uscc), the field and value at fault, and the region for paging by district.
CREATE TABLE check_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    rules       TEXT NOT NULL,
    params      TEXT NOT NULL,
    counts      TEXT NOT NULL,
    total       INTEGER NOT NULL,
    os_user     TEXT NOT NULL
);

CREATE TABLE check_findings (
    run_id      INTEGER NOT NULL REFERENCES check_runs (id),
    seq         INTEGER NOT NULL,
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,           -- error | warning | info
    tbl         TEXT NOT NULL,
    key         TEXT NOT NULL,
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,
    message     TEXT NOT NULL,
    region_code TEXT NOT NULL,
    amount_fen  INTEGER,                 -- money the finding is about (overpaid), in fen
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX check_findings_rule ON check_findings (run_id, rule, seq);
CREATE INDEX check_findings_region ON check_findings (run_id, region_code, seq);
