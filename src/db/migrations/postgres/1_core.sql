-- 1 core: the audit log.
CREATE TABLE audit_log (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       TIMESTAMPTZ NOT NULL,
    os_user  TEXT NOT NULL,
    command  TEXT NOT NULL,
    target   TEXT NOT NULL,
    counts   JSONB NOT NULL DEFAULT '{}',
    outcome  TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
