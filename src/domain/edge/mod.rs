//! What crosses the app's edge: the gate every input passes, migrations of older documents, shared
//! links, the audit pack, backup reminders, the example journey, and records set aside to let a
//! journey open.

pub mod audit_pack;
pub mod backup;
pub mod example;
pub mod gate;
pub mod migration;
pub mod set_aside;
pub mod share;
