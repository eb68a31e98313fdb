//! Pure domain modules: codes and their check characters. They depend on nothing else in the
//! crate and never see clap, SQL or the terminal.
pub mod benefits;
pub mod cert;
pub mod certid;
pub mod eligibility;
pub mod idnum;
pub mod kind;
pub mod normalize;
pub mod phone;
pub mod pinyin;
pub mod placename;
pub mod records;
pub mod region;
pub mod seal;
pub mod systems;
pub mod uscc;
pub mod values;
