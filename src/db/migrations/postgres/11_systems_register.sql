-- 11 systems_register: the columns the zombie-system clean-up register (清理台账, 国办发〔2017〕39号)
-- asks every department to fill in and the inventory lacked: the system's function (功能),
-- the body that approved it (审批部门) and when (审批时间). They go after the other data
-- columns, so every existing column keeps its place.
ALTER TABLE systems ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE systems ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE systems ADD COLUMN approved_on DATE;

-- `import undo` restores a systems row from the values saved before a batch changed it, in
-- table column order: the rows saved before this migration gain the three new (empty) values
-- in their place, before the bookkeeping columns, so undoing an older batch still lines up.
UPDATE import_changes SET previous = jsonb_build_array(
    previous -> 0,
    previous -> 1,
    previous -> 2,
    previous -> 3,
    previous -> 4,
    previous -> 5,
    previous -> 6,
    previous -> 7,
    previous -> 8,
    previous -> 9,
    previous -> 10,
    previous -> 11,
    previous -> 12,
    previous -> 13,
    previous -> 14,
    previous -> 15,
    previous -> 16,
    previous -> 17,
    previous -> 18,
    previous -> 19,
    previous -> 20,
    previous -> 21,
    previous -> 22,
    previous -> 23,
    previous -> 24,
    previous -> 25,
    previous -> 26,
    to_jsonb(''::text),
    to_jsonb(''::text),
    'null'::jsonb,
    previous -> 27,
    previous -> 28,
    previous -> 29,
    previous -> 30,
    previous -> 31
) WHERE tbl = 'systems' AND jsonb_array_length(previous) = 32;
