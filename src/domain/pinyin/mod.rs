//! Pinyin of place names.
//!
//! [`search`] holds the one ranking both name searches (`region search`, `place search`) use.

pub mod search;
