-- 7 findings_lean: a run's findings are read through the primary key (run_id, seq) and
-- filtered by rule or region there; the two secondary indexes made storing a run two to three
-- times slower (87,648 findings: 0.57 s with them, 0.18 s without) for queries that read one
-- run anyway. Findings are only ever written by `check run`, together with their run in one
-- transaction, so the foreign key to check_runs goes too: its per-row trigger took 0.33 s of
-- a 0.51 s COPY of those findings (SQLite keeps its foreign key: checking it there is cheap).
DROP INDEX check_findings_rule;
DROP INDEX check_findings_region;
ALTER TABLE check_findings DROP CONSTRAINT check_findings_run_id_fkey;
