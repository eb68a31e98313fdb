//! What a work list needs beyond the findings: the people they are about (name, address, the
//! import line their record came from), looked up a page of findings at a time.
//!
//! Looked up by ID number, not joined: on Citus people is distributed by ID number and
//! check_findings by run, so a join between them is not co-located; a list of ID numbers goes
//! to the shards that hold them. And an ID number held by two rows of people (a finding of its
//! own) must not turn one finding into two rows.
use super::sql::Param;
use super::Store;
use anyhow::Result;
use std::collections::HashMap;

/// A person as a work list names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonRef {
    pub region_code: String,
    pub name: String,
    pub address: String,
    /// The line of the import file the record came from, and its batch, where known.
    pub line: Option<u64>,
    pub batch: Option<i64>,
}

impl Store {
    /// The people with these ID numbers, by ID number: the rows of an ID number held by several
    /// in region code order, the same on every backend.
    pub fn people_for_worklist(&mut self, ids: &[String]) -> Result<HashMap<String, Vec<PersonRef>>> {
        let mut out = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(out);
        }
        let cond = self.dialect().in_texts("id_number", "$1");
        let sql = format!(
            "SELECT id_number, region_code, name, address, src_line, batch_id FROM people WHERE {cond}
             ORDER BY id_number COLLATE \"C\", region_code COLLATE \"C\""
        );
        for r in self.rows(&sql, &[Param::Texts(ids)])? {
            out.entry(r.text(0)?).or_insert_with(Vec::new).push(PersonRef {
                region_code: r.text_or_empty(1)?,
                name: r.text_or_empty(2)?,
                address: r.text_or_empty(3)?,
                line: r.opt_int(4)?.and_then(|n| u64::try_from(n).ok()),
                batch: r.opt_int(5)?,
            });
        }
        Ok(out)
    }

    /// The holders of these certificates: ID number by identifier.
    pub fn holders_of_certs(&mut self, identifiers: &[String]) -> Result<HashMap<String, String>> {
        if identifiers.is_empty() {
            return Ok(HashMap::new());
        }
        let cond = self.dialect().in_texts("identifier", "$1");
        self.rows(&format!("SELECT identifier, holder_id FROM certificates WHERE {cond}"), &[Param::Texts(identifiers)])?
            .iter()
            .map(|r| Ok((r.text(0)?, r.text_or_empty(1)?)))
            .collect()
    }
}
