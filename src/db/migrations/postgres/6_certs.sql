-- 6 certs: e-certificates (电子证照). Issuing authorities and their public keys (private keys
-- live in files, never here), the types bureaus add beside the built-in ones, serial counters,
-- and the certificates with their GB/T 36903 metadata. Dates are DATE, timestamps TIMESTAMPTZ.
CREATE TABLE cert_issuers (
    uscc        TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    region_code TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- A key signs from valid_from to valid_until (set when rotated); it stays in the trust list so
-- the certificates it signed keep verifying.
CREATE TABLE cert_keys (
    kid         TEXT NOT NULL PRIMARY KEY,     -- hex of the first 8 bytes of SHA-256(SPKI DER)
    issuer_uscc TEXT NOT NULL REFERENCES cert_issuers (uscc),
    alg         TEXT NOT NULL,                 -- sm2 | ed25519
    public_key  TEXT NOT NULL,                 -- SubjectPublicKeyInfo DER, base64
    key_file    TEXT NOT NULL DEFAULT '',      -- where the private key was written
    valid_from  DATE NOT NULL,
    valid_until DATE,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX cert_keys_issuer ON cert_keys (issuer_uscc);

CREATE TABLE cert_types (
    code       TEXT NOT NULL PRIMARY KEY,
    definition TEXT NOT NULL,                  -- the type as JSON
    added_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE cert_serials (
    issuer_uscc TEXT NOT NULL,
    type_code   TEXT NOT NULL,
    year        BIGINT NOT NULL,
    next        BIGINT NOT NULL,
    PRIMARY KEY (issuer_uscc, type_code, year)
);

CREATE TABLE certificates (
    identifier       TEXT NOT NULL PRIMARY KEY,  -- GB/T 36904
    type_code        TEXT NOT NULL,              -- elder-card, dibao, …
    number           TEXT NOT NULL,              -- 证照编号 (the identifier's serial)
    issuer_uscc      TEXT NOT NULL REFERENCES cert_issuers (uscc),
    kid              TEXT NOT NULL REFERENCES cert_keys (kid),
    holder_id        TEXT NOT NULL,              -- holder code: resident ID number
    holder_code_type TEXT NOT NULL DEFAULT '111',
    holder_name      TEXT NOT NULL,
    region_code      TEXT NOT NULL,              -- jurisdiction
    issued_on        DATE NOT NULL,
    valid_from       DATE NOT NULL,
    valid_until      DATE,                       -- NULL: no expiry
    status           TEXT NOT NULL DEFAULT '01', -- 01 valid … 03 revoked, 04 cancelled, 99 other
    status_reason    TEXT NOT NULL DEFAULT '',
    status_at        TIMESTAMPTZ,
    replaces         TEXT,                       -- the certificate this one replaces
    fields           TEXT NOT NULL,              -- printed fields, JSON [[label, value], …]
    payload          TEXT NOT NULL,              -- the signed QR payload (MZ1:…)
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX certificates_holder ON certificates (holder_id, type_code);
CREATE INDEX certificates_status ON certificates (status);
