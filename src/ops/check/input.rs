//! Codes a user gives to narrow a check (`--region`, `--program`), validated as the queries
//! take them; `cert issue` narrows by region the same way.
use crate::error::Fail;

/// A program code as accepted in SQL: `[a-z0-9_]+`.
pub fn program_code(p: &str) -> Result<String, Fail> {
    if !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
        Ok(p.to_string())
    } else {
        Err(Fail::usage(format!("invalid program {p:?}")).hint("program codes: dibao, tekun, elder_allowance, youfu"))
    }
}

/// A region code given by a user as a prefix (see [`crate::domain::region::prefix`]): 6, 9 or
/// 12 digits, or a prefix already (2 or 4).
pub fn region_prefix(code: &str) -> Result<String, Fail> {
    let ok = matches!(code.len(), 2 | 4 | 6 | 9 | 12) && code.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(Fail::usage(format!("invalid region code {code:?}")).hint("a region code of 6, 9 or 12 digits, e.g. 440100"));
    }
    Ok(crate::domain::region::prefix(code).to_string())
}
