-- 12 payments: benefits as paid (the 实发名单), reconciled against the enrolments by the pay.*
-- rules. `pay_key` is the payment reference (发放流水号) when the file gives one, else the
-- payment's fields with its occurrence number among identical rows of its file: a batch paid
-- twice stays two rows, and importing the same file again changes nothing. `month` is the
-- month paid for, YYYY-MM; money is integer fen. The key begins with the person, as every record
-- table's does (and as a table co-located with people on a distributed server must).
CREATE TABLE payments (
    id_number     TEXT NOT NULL,
    pay_key       TEXT NOT NULL,
    program       TEXT NOT NULL,
    region_code   TEXT NOT NULL,
    month         TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL,
    paid_on       TEXT,
    channel       TEXT NOT NULL DEFAULT '',
    account       TEXT NOT NULL DEFAULT '',
    reference     TEXT NOT NULL DEFAULT '',
    flags         TEXT NOT NULL DEFAULT '',
    batch_id      INTEGER,
    src_line      INTEGER,
    created_batch INTEGER,
    seen_batch    INTEGER,
    PRIMARY KEY (id_number, pay_key)
);
CREATE INDEX payments_person ON payments (id_number, program, month);
CREATE INDEX payments_month ON payments (month, program, region_code);
