-- 14 payments_ledger: the pay.* rules read every payment in the order of its person
-- (src/ops/check/ledger.rs). With the columns they judge in the person index, SQLite reads the
-- index alone, in order, instead of fetching each row from the table where the index points (a
-- table filled in file order, read in key order: a page fetch per row). The index keeps its
-- name and leading columns, so the lookups by person, program and month use it as before.
-- Measured in benches/payments.sh.
DROP INDEX payments_person;
CREATE INDEX payments_person ON payments (id_number, program, month, region_code, amount_fen, pay_key);
