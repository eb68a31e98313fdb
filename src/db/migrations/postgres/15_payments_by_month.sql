-- 15 payments_by_month: the report sums what was paid per month over its window
-- (src/db/report.rs). The amount is carried in the month index (INCLUDE: in its leaves, not its
-- key), so an index-only scan can sum a window of months once the table is vacuumed. The index
-- keeps its name and leading columns for the lookups by month, program and region.
DROP INDEX payments_month;
CREATE INDEX payments_month ON payments (month, program, region_code) INCLUDE (amount_fen);
