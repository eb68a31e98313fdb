-- 8 fix_log: every value `check fix` changed, written in the transaction that changed it:
-- the rule, the record (table and natural key before the change, joined with `|`), the
-- column, the value before and after, when and by whom. `check fixes` lists them.
CREATE TABLE check_fixes (
    id         INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    os_user    TEXT NOT NULL,
    rule       TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    key        TEXT NOT NULL,
    col        TEXT NOT NULL,
    old        TEXT NOT NULL,
    new        TEXT NOT NULL
);
