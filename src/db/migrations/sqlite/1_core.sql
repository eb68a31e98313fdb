-- 1 core: the audit log.
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,              -- UTC, RFC 3339, second precision
    os_user  TEXT NOT NULL,
    command  TEXT NOT NULL,              -- the command line, secrets redacted
    target   TEXT NOT NULL,              -- the database URL, password redacted
    counts   TEXT NOT NULL DEFAULT '{}', -- JSON object: affected rows per table or kind
    outcome  TEXT NOT NULL               -- ok | refused | error: <message>
);
CREATE INDEX audit_log_at ON audit_log (at);
