-- 9 run_severity: a run's findings of severity error and warning, counted when it is stored,
-- so `check runs` lists them without reading the findings. NULL for runs stored before.
ALTER TABLE check_runs ADD COLUMN errors INTEGER;
ALTER TABLE check_runs ADD COLUMN warnings INTEGER;
