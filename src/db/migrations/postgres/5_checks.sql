-- 5 checks: data-quality check runs and their findings.
-- `rules` is a JSON array of the rules run, `params` a JSON object of the scope and rule
-- parameters, `counts` a JSON object of findings per rule. A finding names its record by
-- table and natural key (people: id_number; enrolments: id_number|program; organizations:
-- uscc), the field and value at fault, and the region for paging by district.
CREATE TABLE check_runs (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    as_of       DATE NOT NULL,
    rules       JSONB NOT NULL,
    params      JSONB NOT NULL,
    counts      JSONB NOT NULL,
    total       BIGINT NOT NULL,
    os_user     TEXT NOT NULL
);

CREATE TABLE check_findings (
    run_id      BIGINT NOT NULL REFERENCES check_runs (id),
    seq         BIGINT NOT NULL,
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,           -- error | warning | info
    tbl         TEXT NOT NULL,
    key         TEXT NOT NULL,
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,
    message     TEXT NOT NULL,
    region_code TEXT NOT NULL,
    amount_fen  BIGINT,                  -- money the finding is about (overpaid), in fen
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX check_findings_rule ON check_findings (run_id, rule, seq);
CREATE INDEX check_findings_region ON check_findings (run_id, region_code, seq);
