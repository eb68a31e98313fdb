-- 15 payments_by_month: the report sums what was paid per month over its window
-- (src/db/report.rs). With the amount in the month index, SQLite reads the index alone, already
-- in month order, instead of fetching one table row per payment where the index points: at
-- 430k payments in the window that was 1.8 s of page reads, at 12M it would be minutes.
-- The index keeps its name and leading columns for the lookups by month, program and region.
DROP INDEX payments_month;
CREATE INDEX payments_month ON payments (month, program, region_code, amount_fen);
