//! The model: the records the user keeps (the journey and everything it holds), exactly as they
//! are stored, plus the value types they are made of (typed ids, money, durations in minutes,
//! web links, option enums). It depends only on the catalogue (`domain::rules::catalogue`) and on dates; the rules in
//! `domain` and the store in `store` depend on it, never the other way round.

pub mod choice;
pub mod ids;
pub mod journey;
pub mod link;
pub mod minutes;
pub mod money;
pub mod path;
pub mod plan;
pub mod records;
pub mod settings;
pub mod seu;
pub mod training;

pub use choice::Choice;
pub use ids::{ActivityId, CertificationId, Id, OfferId, RenewalId, RoleId, SeuEntryId};
pub use journey::{HeldCertification, Journey, RecordedRenewal, SCHEMA_VERSION};
pub use minutes::Minutes;
pub use money::Money;
