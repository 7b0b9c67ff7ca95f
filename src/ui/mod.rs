//! Leptos components: they read the journey, compute what they show with domain functions, and
//! send intents through `state::AppState`.

// Only `markup` is plain Rust (its host tests are in tests/rules_markup.rs); the rest needs the
// browser, so host builds and tests leave it (and Leptos and web-sys) out.
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod later_pages;
pub mod markup;
#[cfg(target_arch = "wasm32")]
pub mod offline;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod route;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod widgets;
