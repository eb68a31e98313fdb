//! Payments against the register (三单合一): the should-pay list of a month, and the people a
//! program's rule finds who are not enrolled (政策找人).
pub mod eligible;
pub mod expected;
