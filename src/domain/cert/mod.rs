//! E-certificates (电子证照): types, the signed QR payload, offline verification and rendering.
//! Identifiers are in [`super::certid`], keys and signatures in [`super::seal`].
pub mod fresh;
pub mod payload;
pub mod render;
pub mod types;
pub mod verify;
