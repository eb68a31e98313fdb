//! Compact integer keys for division codes, and a fast hasher for them.
//!
//! Lookups by code (`status`, `ever_valid_for_id`, …) turn the text code into a
//! `u64` without allocating and probe a hash map keyed by that integer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A 6-, 9- or 12-digit code packed as `digits | len << 40` (10^12 < 2^40, so
/// codes of different lengths never collide).
pub(super) type Key = u64;

/// Hash map keyed by [`Key`].
pub(super) type KeyMap<V> = HashMap<Key, V, BuildHasherDefault<KeyHasher>>;

/// Parses a division code; `None` unless it is 6, 9 or 12 ASCII digits.
#[inline]
pub(super) fn key(code: &str) -> Option<Key> {
    let bytes = code.as_bytes();
    if !matches!(bytes.len(), 6 | 9 | 12) {
        return None;
    }
    let mut value: u64 = 0;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u64::from(b - b'0');
    }
    Some(value | (bytes.len() as u64) << 40)
}

const DIGITS: Key = (1 << 40) - 1;

/// Number of digits of the code.
pub(super) fn len_of(key: Key) -> usize {
    (key >> 40) as usize
}

/// Formats a key back into its zero-padded code.
pub(super) fn code_of(key: Key) -> String {
    let len = len_of(key);
    format!("{:0len$}", key & DIGITS)
}

/// The code rounded down to a multiple of `unit`, same length: with 100 the
/// `XXXX00` prefecture of a county, with 10 000 the `XX0000` province.
pub(super) fn round_down(key: Key, unit: u64) -> Key {
    let digits = key & DIGITS;
    (digits / unit * unit) | (key & !DIGITS)
}

/// Multiplicative hasher for integer keys (the keys are not attacker-chosen
/// in any way that matters here: worst case is a slower lookup).
#[derive(Default, Clone, Copy)]
pub(super) struct KeyHasher(u64);

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for KeyHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        let h = (self.0 ^ n).wrapping_mul(SEED);
        self.0 = h ^ (h >> 32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_reject_junk() {
        for code in ["110000", "000001", "440106001", "440106001001"] {
            assert_eq!(key(code).map(code_of).as_deref(), Some(code));
        }
        assert_ne!(key("000001"), key("000000001"));
        let county = key("440106").map(|k| code_of(round_down(k, 100)));
        assert_eq!(county.as_deref(), Some("440100"));
        let county = key("440106").map(|k| code_of(round_down(k, 10_000)));
        assert_eq!(county.as_deref(), Some("440000"));
        for bad in ["", "11000", "1100000", "11000a", "１１００００", "1101051949"] {
            assert_eq!(key(bad), None, "{bad}");
        }
    }
}
