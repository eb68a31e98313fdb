-- 11 systems_register: the columns the zombie-system clean-up register (清理台账, 国办发〔2017〕39号)
-- asks every department to fill in and the inventory lacked: the system's function (功能),
-- the body that approved it (审批部门) and when (审批时间). They go after the other data
-- columns, so every existing column keeps its place.
ALTER TABLE systems ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE systems ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE systems ADD COLUMN approved_on TEXT;

-- `import undo` restores a systems row from the values saved before a batch changed it, in
-- table column order: the rows saved before this migration gain the three new (empty) values
-- in their place, before the bookkeeping columns, so undoing an older batch still lines up.
UPDATE import_changes SET previous = json_array(
    json_extract(previous, '$[0]'),
    json_extract(previous, '$[1]'),
    json_extract(previous, '$[2]'),
    json_extract(previous, '$[3]'),
    json_extract(previous, '$[4]'),
    json_extract(previous, '$[5]'),
    json_extract(previous, '$[6]'),
    json_extract(previous, '$[7]'),
    json_extract(previous, '$[8]'),
    json_extract(previous, '$[9]'),
    json_extract(previous, '$[10]'),
    json_extract(previous, '$[11]'),
    json_extract(previous, '$[12]'),
    json_extract(previous, '$[13]'),
    json_extract(previous, '$[14]'),
    json_extract(previous, '$[15]'),
    json_extract(previous, '$[16]'),
    json_extract(previous, '$[17]'),
    json_extract(previous, '$[18]'),
    json_extract(previous, '$[19]'),
    json_extract(previous, '$[20]'),
    json_extract(previous, '$[21]'),
    json_extract(previous, '$[22]'),
    json_extract(previous, '$[23]'),
    json_extract(previous, '$[24]'),
    json_extract(previous, '$[25]'),
    json_extract(previous, '$[26]'),
    '',
    '',
    NULL,
    json_extract(previous, '$[27]'),
    json_extract(previous, '$[28]'),
    json_extract(previous, '$[29]'),
    json_extract(previous, '$[30]'),
    json_extract(previous, '$[31]')
) WHERE tbl = 'systems' AND json_array_length(previous) = 32;
