-- 14 payments_ledger: the pay.* rules read every payment in the order of its person
-- (src/ops/check/ledger.rs). The columns they judge are carried in the person index (INCLUDE:
-- stored in its leaves, not part of its key), so an index-only scan can give them in order
-- once the table is vacuumed; the lookups by person, program and month use it as before. On
-- Citus the index is created on every shard of the distributed table.
DROP INDEX payments_person;
CREATE INDEX payments_person ON payments (id_number, program, month) INCLUDE (region_code, amount_fen, pay_key);
