//! [`CertStore`] on PostgreSQL.
use super::PgStore;
use crate::db::certs::{first_per_person, CertFilter, CertRow, CertStore, HolderQuery, Issuer, KeyRow};
use crate::domain::cert::types::{Death, Enrolment, Holder};
use anyhow::Result;
use jiff::civil::Date;
use jiff::Timestamp;
use postgres::types::ToSql;

const CERT_COLUMNS: &str = "identifier, type_code, number, issuer_uscc, kid, holder_id, holder_code_type, holder_name, region_code, issued_on, \
valid_from, valid_until, status, status_reason, status_at, replaces, fields, payload, created_at";

fn cert_row(r: &postgres::Row) -> CertRow {
    CertRow {
        identifier: r.get(0),
        type_code: r.get(1),
        number: r.get(2),
        issuer_uscc: r.get(3),
        kid: r.get(4),
        holder_id: r.get(5),
        holder_code_type: r.get(6),
        holder_name: r.get(7),
        region_code: r.get(8),
        issued_on: r.get(9),
        valid_from: r.get(10),
        valid_until: r.get(11),
        status: r.get(12),
        status_reason: r.get(13),
        status_at: r.get(14),
        replaces: r.get(15),
        fields: r.get(16),
        payload: r.get(17),
        created_at: r.get(18),
    }
}

fn key_row(r: &postgres::Row) -> KeyRow {
    KeyRow {
        kid: r.get(0),
        issuer_uscc: r.get(1),
        alg: r.get(2),
        public_key: r.get(3),
        key_file: r.get(4),
        valid_from: r.get(5),
        valid_until: r.get(6),
        created_at: r.get(7),
    }
}

const INSERT_KEY: &str =
    "INSERT INTO cert_keys (kid, issuer_uscc, alg, public_key, key_file, valid_from, valid_until, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

fn key_params(k: &KeyRow) -> [&(dyn ToSql + Sync); 8] {
    [&k.kid, &k.issuer_uscc, &k.alg, &k.public_key, &k.key_file, &k.valid_from, &k.valid_until, &k.created_at]
}

fn holder_row(r: &postgres::Row) -> Holder {
    let enrolment = match (r.get::<_, Option<String>>(7), r.get::<_, Option<Date>>(9)) {
        (Some(program), Some(start_date)) => Some(Enrolment { program, region_code: r.get(8), start_date, end_date: r.get(10), monthly_amount_fen: r.get(11) }),
        _ => None,
    };
    let death = r.get::<_, Option<Date>>(12).map(|death_date| Death { death_date, cremation_no: r.get::<_, Option<String>>(13).unwrap_or_default() });
    Holder {
        id_number: r.get(0),
        name: r.get::<_, Option<String>>(1).unwrap_or_default(),
        gender: r.get::<_, Option<String>>(2).unwrap_or_default(),
        birth_date: r.get(3),
        region_code: r.get::<_, Option<String>>(4).unwrap_or_default(),
        address: r.get::<_, Option<String>>(5).unwrap_or_default(),
        ethnicity: r.get::<_, Option<String>>(6).unwrap_or_default(),
        enrolment,
        death,
    }
}

impl CertStore for PgStore {
    fn cert_issuers(&mut self) -> Result<Vec<Issuer>> {
        let rows = self.client.query("SELECT uscc, name, region_code, created_at FROM cert_issuers ORDER BY created_at, uscc", &[])?;
        Ok(rows.iter().map(|r| Issuer { uscc: r.get(0), name: r.get(1), region_code: r.get(2), created_at: r.get(3) }).collect())
    }

    fn cert_keys(&mut self) -> Result<Vec<KeyRow>> {
        let rows = self.client.query(
            "SELECT kid, issuer_uscc, alg, public_key, key_file, valid_from, valid_until, created_at FROM cert_keys ORDER BY issuer_uscc, valid_until IS NULL, valid_from, created_at, kid",
            &[],
        )?;
        Ok(rows.iter().map(key_row).collect())
    }

    fn insert_cert_issuer(&mut self, issuer: &Issuer, key: &KeyRow) -> Result<bool> {
        let mut tx = self.client.transaction()?;
        let n = tx.execute(
            "INSERT INTO cert_issuers (uscc, name, region_code, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            &[&issuer.uscc, &issuer.name, &issuer.region_code, &issuer.created_at],
        )?;
        if n == 0 {
            return Ok(false);
        }
        tx.execute(INSERT_KEY, &key_params(key))?;
        tx.commit()?;
        Ok(true)
    }

    fn rotate_cert_key(&mut self, uscc: &str, last_day: Date, key: &KeyRow) -> Result<()> {
        let mut tx = self.client.transaction()?;
        tx.execute("UPDATE cert_keys SET valid_until = $2 WHERE issuer_uscc = $1 AND valid_until IS NULL", &[&uscc, &last_day])?;
        tx.execute(INSERT_KEY, &key_params(key))?;
        tx.commit()?;
        Ok(())
    }

    fn cert_types(&mut self) -> Result<Vec<(String, String)>> {
        let rows = self.client.query("SELECT code, definition FROM cert_types ORDER BY added_at, code", &[])?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn put_cert_type(&mut self, code: &str, definition: &str) -> Result<bool> {
        let mut tx = self.client.transaction()?;
        let existed = tx.query_opt("SELECT 1 FROM cert_types WHERE code = $1", &[&code])?.is_some();
        tx.execute(
            "INSERT INTO cert_types (code, definition, added_at) VALUES ($1, $2, $3) ON CONFLICT (code) DO UPDATE SET definition = excluded.definition, added_at = excluded.added_at",
            &[&code, &definition, &crate::clock::now()?],
        )?;
        tx.commit()?;
        Ok(existed)
    }

    fn reserve_cert_serials(&mut self, issuer: &str, type_code: &str, year: i16, n: u64) -> Result<u64> {
        let (year, n) = (i64::from(year), n as i64);
        let row = self.client.query_one(
            "INSERT INTO cert_serials (issuer_uscc, type_code, year, next) VALUES ($1, $2, $3::bigint, 1 + $4::bigint)
             ON CONFLICT (issuer_uscc, type_code, year) DO UPDATE SET next = cert_serials.next + $4::bigint RETURNING next",
            &[&issuer, &type_code, &year, &n],
        )?;
        Ok((row.get::<_, i64>(0) - n) as u64)
    }

    fn cert_holders(&mut self, q: &HolderQuery<'_>) -> Result<Vec<Holder>> {
        let program = q.program.unwrap_or("").to_string();
        let mut args: Vec<Box<dyn ToSql + Sync>> = vec![Box::new(q.on), Box::new(program)];
        let mut conds: Vec<String> = Vec::new();
        let (base, key) = if q.deceased {
            ("FROM deaths d LEFT JOIN people p ON p.id_number = d.id_number", "d.id_number")
        } else {
            ("FROM people p LEFT JOIN deaths d ON d.id_number = p.id_number", "p.id_number")
        };
        let enrol = format!("LEFT JOIN enrolments e ON e.id_number = {key} AND e.program = $2 AND e.start_date <= $1 AND (e.end_date IS NULL OR e.end_date >= $1)");
        if let Some(ids) = q.ids {
            args.push(Box::new(ids.to_vec()));
            conds.push(format!("{key} = ANY(${})", args.len()));
        } else {
            if !q.deceased {
                conds.push("d.id_number IS NULL".into());
            }
            if !q.region_prefix.is_empty() {
                args.push(Box::new(format!("{}%", q.region_prefix)));
                conds.push(format!("p.region_code LIKE ${}", args.len()));
            }
            if let Some(b) = q.born_by {
                args.push(Box::new(b));
                conds.push(format!("p.birth_date <= ${}", args.len()));
            }
            if q.program.is_some() {
                conds.push("e.id_number IS NOT NULL".into());
            }
            if !q.without_valid.is_empty() {
                args.push(Box::new(q.without_valid.to_string()));
                conds.push(format!(
                    "NOT EXISTS (SELECT 1 FROM certificates c WHERE c.holder_id = {key} AND c.type_code = ${} AND (c.status IN ('02', '03') OR (c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= $1))))",
                    args.len()
                ));
            }
            args.push(Box::new(q.after.to_string()));
            conds.push(format!("{key} > ${}", args.len()));
        }
        let name = if q.deceased { "coalesce(p.name, d.name)" } else { "p.name" };
        let sql = format!(
            "SELECT {key}, {name}, p.gender, p.birth_date, p.region_code, p.address, p.ethnicity,
                    e.program, e.region_code, e.start_date, e.end_date, e.monthly_amount_fen, d.death_date, d.cremation_no
             {base} {enrol} WHERE {} ORDER BY {key}, p.region_code, e.start_date DESC LIMIT {}",
            conds.join(" AND "),
            q.limit * 2 + 16
        );
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|b| b.as_ref()).collect();
        let rows = self.client.query(&sql, &params)?;
        first_per_person(rows.iter().map(|r| Ok(holder_row(r))), q.limit)
    }

    fn insert_certs(&mut self, certs: &[CertRow]) -> Result<()> {
        let mut tx = self.client.transaction()?;
        let ins = tx.prepare(&format!(
            "INSERT INTO certificates ({CERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)"
        ))?;
        let cancel = tx.prepare("UPDATE certificates SET status = '04', status_reason = $2, status_at = $3 WHERE identifier = $1 AND status = '01'")?;
        for c in certs {
            tx.execute(
                &ins,
                &[
                    &c.identifier,
                    &c.type_code,
                    &c.number,
                    &c.issuer_uscc,
                    &c.kid,
                    &c.holder_id,
                    &c.holder_code_type,
                    &c.holder_name,
                    &c.region_code,
                    &c.issued_on,
                    &c.valid_from,
                    &c.valid_until,
                    &c.status,
                    &c.status_reason,
                    &c.status_at,
                    &c.replaces,
                    &c.fields,
                    &c.payload,
                    &c.created_at,
                ],
            )?;
            if let Some(old) = &c.replaces {
                tx.execute(&cancel, &[old, &format!("replaced by {}", c.identifier), &c.created_at])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn certs(&mut self, f: &CertFilter) -> Result<Vec<CertRow>> {
        let limit = f.limit.map(|l| l as i64);
        let rows = self.client.query(
            &format!(
                "SELECT {CERT_COLUMNS} FROM certificates WHERE ($1::text IS NULL OR type_code = $1) AND ($2::text IS NULL OR status = $2)
                 AND ($3::text IS NULL OR holder_id = $3) AND ($4::text IS NULL OR issuer_uscc = $4) ORDER BY created_at, identifier COLLATE \"C\" LIMIT $5"
            ),
            &[&f.type_code, &f.status, &f.holder, &f.issuer, &limit],
        )?;
        Ok(rows.iter().map(cert_row).collect())
    }

    fn cert(&mut self, identifier: &str) -> Result<Option<CertRow>> {
        let row = self.client.query_opt(&format!("SELECT {CERT_COLUMNS} FROM certificates WHERE identifier = $1"), &[&identifier])?;
        Ok(row.as_ref().map(cert_row))
    }

    fn valid_cert(&mut self, type_code: &str, holder: &str, on: Date) -> Result<Option<String>> {
        let row = self.client.query_opt(
            "SELECT identifier FROM certificates WHERE holder_id = $1 AND type_code = $2 AND status = '01' AND (valid_until IS NULL OR valid_until >= $3)
             ORDER BY issued_on DESC LIMIT 1",
            &[&holder, &type_code, &on],
        )?;
        Ok(row.map(|r| r.get(0)))
    }

    fn set_cert_status(&mut self, identifier: &str, status: &str, reason: &str, at: Timestamp) -> Result<bool> {
        let mut tx = self.client.transaction()?;
        let n = tx.execute("UPDATE certificates SET status = $2, status_reason = $3, status_at = $4 WHERE identifier = $1", &[&identifier, &status, &reason, &at])?;
        tx.commit()?;
        Ok(n == 1)
    }

    fn revoked_certs(&mut self, issuer: &str) -> Result<Vec<String>> {
        let rows = self.client.query("SELECT identifier FROM certificates WHERE issuer_uscc = $1 AND status = '03' ORDER BY identifier COLLATE \"C\"", &[&issuer])?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn cert_counts(&mut self) -> Result<Vec<(String, String, i64)>> {
        let rows = self.client.query("SELECT type_code, status, count(*) FROM certificates GROUP BY type_code, status ORDER BY type_code, status", &[])?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
    }
}
