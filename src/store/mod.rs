//! The journey store: the only code that touches localStorage and IndexedDB.
//!
//! - `schema`: versions and migrations of the stored document (plain Rust, tested on the host).
//! - `device`: persistent storage, usage, reading a picked file, erasing every key of the app.
//! - `local`: load and save through gloo-storage, recovery keys, quota, the other tabs' changes.
//! - `proofs`: the proof files of SEU entries, in IndexedDB, and their SHA-256.

// `schema` is plain Rust; `device` and `local` need the browser and exist only in wasm builds.
#[cfg(target_arch = "wasm32")]
pub mod device;
#[cfg(target_arch = "wasm32")]
pub mod local;
#[cfg(target_arch = "wasm32")]
pub mod proofs;
pub mod schema;
