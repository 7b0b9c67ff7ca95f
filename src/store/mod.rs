//! The journey store: the only code that touches localStorage.
//!
//! - `schema`: versions and migrations of the stored document (plain Rust, tested on the host).
//! - `local`: load and save through gloo-storage, recovery keys, quota, the other tabs' changes.

pub mod local;
pub mod schema;
