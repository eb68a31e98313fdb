//! [`CertStore`] on SQLite.
use super::SqliteStore;
use crate::clock;
use crate::db::certs::{first_per_person, CertFilter, CertRow, CertStore, HolderQuery, Issuer, KeyRow};
use crate::domain::cert::types::{Death, Enrolment, Holder};
use anyhow::Result;
use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, TransactionBehavior};

fn ts(s: String) -> Timestamp {
    s.parse().unwrap_or(Timestamp::UNIX_EPOCH)
}

const CERT_COLUMNS: &str = "identifier, type_code, number, issuer_uscc, kid, holder_id, holder_code_type, holder_name, region_code, issued_on, \
valid_from, valid_until, status, status_reason, status_at, replaces, fields, payload, created_at";

fn cert_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CertRow> {
    Ok(CertRow {
        identifier: r.get(0)?,
        type_code: r.get(1)?,
        number: r.get(2)?,
        issuer_uscc: r.get(3)?,
        kid: r.get(4)?,
        holder_id: r.get(5)?,
        holder_code_type: r.get(6)?,
        holder_name: r.get(7)?,
        region_code: r.get(8)?,
        issued_on: r.get(9)?,
        valid_from: r.get(10)?,
        valid_until: r.get(11)?,
        status: r.get(12)?,
        status_reason: r.get(13)?,
        status_at: r.get::<_, Option<String>>(14)?.map(ts),
        replaces: r.get(15)?,
        fields: r.get(16)?,
        payload: r.get(17)?,
        created_at: ts(r.get(18)?),
    })
}

fn key_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<KeyRow> {
    Ok(KeyRow {
        kid: r.get(0)?,
        issuer_uscc: r.get(1)?,
        alg: r.get(2)?,
        public_key: r.get(3)?,
        key_file: r.get(4)?,
        valid_from: r.get(5)?,
        valid_until: r.get(6)?,
        created_at: ts(r.get(7)?),
    })
}

fn insert_key(tx: &rusqlite::Transaction<'_>, k: &KeyRow) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO cert_keys (kid, issuer_uscc, alg, public_key, key_file, valid_from, valid_until, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![k.kid, k.issuer_uscc, k.alg, k.public_key, k.key_file, k.valid_from, k.valid_until, clock::format_utc(k.created_at)],
    )
}

/// A date column that should hold an ISO date; anything else reads as absent.
fn date(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Date>> {
    Ok(r.get::<_, Option<String>>(i)?.and_then(|s| s.parse().ok()))
}

fn holder_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Holder> {
    let enrolment = match (r.get::<_, Option<String>>(7)?, date(r, 9)?) {
        (Some(program), Some(start_date)) => {
            Some(Enrolment { program, region_code: r.get(8)?, start_date, end_date: date(r, 10)?, monthly_amount_fen: r.get(11)? })
        }
        _ => None,
    };
    let death = date(r, 12)?.map(|death_date| -> rusqlite::Result<Death> { Ok(Death { death_date, cremation_no: r.get::<_, Option<String>>(13)?.unwrap_or_default() }) });
    Ok(Holder {
        id_number: r.get(0)?,
        name: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
        gender: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
        birth_date: date(r, 3)?,
        region_code: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
        address: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
        ethnicity: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
        enrolment,
        death: death.transpose()?,
    })
}

impl CertStore for SqliteStore {
    fn cert_issuers(&mut self) -> Result<Vec<Issuer>> {
        let mut stmt = self.conn.prepare("SELECT uscc, name, region_code, created_at FROM cert_issuers ORDER BY created_at, uscc")?;
        let rows = stmt.query_map([], |r| Ok(Issuer { uscc: r.get(0)?, name: r.get(1)?, region_code: r.get(2)?, created_at: ts(r.get(3)?) }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn cert_keys(&mut self) -> Result<Vec<KeyRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT kid, issuer_uscc, alg, public_key, key_file, valid_from, valid_until, created_at FROM cert_keys ORDER BY issuer_uscc, valid_until IS NULL, valid_from, created_at, kid")?;
        let rows = stmt.query_map([], key_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn insert_cert_issuer(&mut self, issuer: &Issuer, key: &KeyRow) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "INSERT INTO cert_issuers (uscc, name, region_code, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
            params![issuer.uscc, issuer.name, issuer.region_code, clock::format_utc(issuer.created_at)],
        )?;
        if n == 0 {
            return Ok(false);
        }
        insert_key(&tx, key)?;
        tx.commit()?;
        Ok(true)
    }

    fn rotate_cert_key(&mut self, uscc: &str, last_day: Date, key: &KeyRow) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("UPDATE cert_keys SET valid_until = ?2 WHERE issuer_uscc = ?1 AND valid_until IS NULL", params![uscc, last_day])?;
        insert_key(&tx, key)?;
        tx.commit()?;
        Ok(())
    }

    fn cert_types(&mut self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare("SELECT code, definition FROM cert_types ORDER BY added_at, code")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn put_cert_type(&mut self, code: &str, definition: &str) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existed = tx.query_row("SELECT 1 FROM cert_types WHERE code = ?1", [code], |_| Ok(())).optional()?.is_some();
        tx.execute(
            "INSERT INTO cert_types (code, definition, added_at) VALUES (?1, ?2, ?3) ON CONFLICT (code) DO UPDATE SET definition = excluded.definition, added_at = excluded.added_at",
            params![code, definition, clock::format_utc(clock::now()?)],
        )?;
        tx.commit()?;
        Ok(existed)
    }

    fn reserve_cert_serials(&mut self, issuer: &str, type_code: &str, year: i16, n: u64) -> Result<u64> {
        let next: i64 = self.conn.query_row(
            "INSERT INTO cert_serials (issuer_uscc, type_code, year, next) VALUES (?1, ?2, ?3, 1 + ?4)
             ON CONFLICT (issuer_uscc, type_code, year) DO UPDATE SET next = next + ?4 RETURNING next",
            params![issuer, type_code, year, n as i64],
            |r| r.get(0),
        )?;
        Ok(next as u64 - n)
    }

    fn cert_holders(&mut self, q: &HolderQuery<'_>) -> Result<Vec<Holder>> {
        let mut args: Vec<Value> = vec![Value::Text(q.on.to_string()), Value::Text(q.program.unwrap_or("").to_string())];
        let mut conds: Vec<String> = Vec::new();
        // ?1 = on, ?2 = program
        let enrol = "LEFT JOIN enrolments e ON e.id_number = b.id_number AND e.program = ?2 AND e.start_date <= ?1 AND (e.end_date IS NULL OR e.end_date >= ?1)";
        let (base, key) = if q.deceased {
            ("FROM deaths d LEFT JOIN people p ON p.id_number = d.id_number", "d.id_number")
        } else {
            ("FROM people p LEFT JOIN deaths d ON d.id_number = p.id_number", "p.id_number")
        };
        let enrol = enrol.replace("b.id_number", key);
        if let Some(ids) = q.ids {
            let first = args.len() + 1;
            args.extend(ids.iter().map(|i| Value::Text(i.clone())));
            let marks: Vec<String> = (first..first + ids.len()).map(|i| format!("?{i}")).collect();
            conds.push(format!("{key} IN ({})", marks.join(", ")));
        } else {
            if !q.deceased {
                conds.push("d.id_number IS NULL".into());
            }
            if !q.region_prefix.is_empty() {
                args.push(Value::Text(format!("{}%", q.region_prefix)));
                conds.push(format!("p.region_code LIKE ?{}", args.len()));
            }
            if let Some(b) = q.born_by {
                args.push(Value::Text(b.to_string()));
                conds.push(format!("p.birth_date <= ?{}", args.len()));
            }
            if q.program.is_some() {
                conds.push("e.id_number IS NOT NULL".into());
            }
            if !q.without_valid.is_empty() {
                args.push(Value::Text(q.without_valid.to_string()));
                conds.push(format!(
                    "NOT EXISTS (SELECT 1 FROM certificates c WHERE c.holder_id = {key} AND c.type_code = ?{} AND (c.status IN ('02', '03') OR (c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= ?1))))",
                    args.len()
                ));
            }
            args.push(Value::Text(q.after.to_string()));
            conds.push(format!("{key} > ?{}", args.len()));
        }
        let name = if q.deceased { "coalesce(p.name, d.name)" } else { "p.name" };
        let sql = format!(
            "SELECT {key}, {name}, p.gender, p.birth_date, p.region_code, p.address, p.ethnicity,
                    e.program, e.region_code, e.start_date, e.end_date, e.monthly_amount_fen, d.death_date, d.cremation_no
             {base} {enrol} WHERE {} ORDER BY {key}, p.region_code, e.start_date DESC LIMIT {}",
            if conds.is_empty() { "1".to_string() } else { conds.join(" AND ") },
            // Duplicates (a person in two regions, two active enrolments) come in order and
            // are dropped by first_per_person; the margin keeps a page from ending inside one.
            q.limit * 2 + 16
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter()), holder_row)?;
        first_per_person(rows.map(|r| r.map_err(anyhow::Error::from)), q.limit)
    }

    fn insert_certs(&mut self, certs: &[CertRow]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut ins = tx.prepare_cached(&format!("INSERT INTO certificates ({CERT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"))?;
            let mut cancel = tx.prepare_cached("UPDATE certificates SET status = '04', status_reason = ?2, status_at = ?3 WHERE identifier = ?1 AND status = '01'")?;
            for c in certs {
                ins.execute(params![
                    c.identifier,
                    c.type_code,
                    c.number,
                    c.issuer_uscc,
                    c.kid,
                    c.holder_id,
                    c.holder_code_type,
                    c.holder_name,
                    c.region_code,
                    c.issued_on,
                    c.valid_from,
                    c.valid_until,
                    c.status,
                    c.status_reason,
                    c.status_at.map(clock::format_utc),
                    c.replaces,
                    c.fields,
                    c.payload,
                    clock::format_utc(c.created_at)
                ])?;
                if let Some(old) = &c.replaces {
                    cancel.execute(params![old, format!("replaced by {}", c.identifier), clock::format_utc(c.created_at)])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn certs(&mut self, f: &CertFilter) -> Result<Vec<CertRow>> {
        let sql = format!(
            "SELECT {CERT_COLUMNS} FROM certificates WHERE (?1 IS NULL OR type_code = ?1) AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR holder_id = ?3)
             AND (?4 IS NULL OR issuer_uscc = ?4) ORDER BY created_at, identifier LIMIT ?5"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let limit = f.limit.map_or(-1, |l| l as i64);
        let rows = stmt.query_map(params![f.type_code, f.status, f.holder, f.issuer, limit], cert_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn cert(&mut self, identifier: &str) -> Result<Option<CertRow>> {
        Ok(self.conn.query_row(&format!("SELECT {CERT_COLUMNS} FROM certificates WHERE identifier = ?1"), [identifier], cert_row).optional()?)
    }

    fn valid_cert(&mut self, type_code: &str, holder: &str, on: Date) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT identifier FROM certificates WHERE holder_id = ?1 AND type_code = ?2 AND status = '01' AND (valid_until IS NULL OR valid_until >= ?3)
                 ORDER BY issued_on DESC LIMIT 1",
                params![holder, type_code, on],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn set_cert_status(&mut self, identifier: &str, status: &str, reason: &str, at: Timestamp) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE certificates SET status = ?2, status_reason = ?3, status_at = ?4 WHERE identifier = ?1",
            params![identifier, status, reason, clock::format_utc(at)],
        )?;
        tx.commit()?;
        Ok(n == 1)
    }

    fn revoked_certs(&mut self, issuer: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT identifier FROM certificates WHERE issuer_uscc = ?1 AND status = '03' ORDER BY identifier")?;
        let rows = stmt.query_map([issuer], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn cert_counts(&mut self) -> Result<Vec<(String, String, i64)>> {
        let mut stmt = self.conn.prepare("SELECT type_code, status, count(*) FROM certificates GROUP BY type_code, status ORDER BY type_code, status")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
