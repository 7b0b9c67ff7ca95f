//! Typed ids: a renewal's list of certifications cannot be mixed up with an SEU entry's renewal.
//! Each is stored as the plain number it always was (no schema change).

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl From<$name> for u64 {
            fn from(id: $name) -> u64 {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl $crate::model::ids::Id for $name {
            fn from_raw(raw: u64) -> Self {
                $name(raw)
            }
            fn raw(self) -> u64 {
                self.0
            }
        }
    };
}

/// What every typed id offers: made from the journey's id counter, read back as its number.
pub trait Id: Copy + Eq + Ord + std::hash::Hash + fmt::Debug + Send + Sync + 'static {
    fn from_raw(raw: u64) -> Self;
    fn raw(self) -> u64;
}

id_type!(
    /// A held certification.
    CertificationId
);
id_type!(
    /// A recorded renewal.
    RenewalId
);
id_type!(
    /// An SEU log entry.
    SeuEntryId
);
id_type!(
    /// A planned SEU activity.
    ActivityId
);
id_type!(
    /// A course offer.
    OfferId
);
id_type!(
    /// A work role.
    RoleId
);
