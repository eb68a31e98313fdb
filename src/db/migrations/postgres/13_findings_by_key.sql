-- 13 findings_by_key: `person show` finds a person's findings in the latest run by key (the ID
-- number, `number|…` for enrolments and payments, a certificate's identifier) instead of
-- reading the whole run. Byte order (COLLATE "C"), so `number|` to `number}` is the range of
-- keys starting with `number|` whatever the database's collation. Measured against the cost of
-- storing a run in benches/person.sh.
CREATE INDEX check_findings_key ON check_findings (run_id, (key COLLATE "C"));
