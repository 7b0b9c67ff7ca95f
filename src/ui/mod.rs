//! Leptos components: they read the journey, compute what they show with domain functions, and
//! send intents through `state::AppState`.

pub mod app;
pub mod later_pages;
pub mod markup;
pub mod offline;
pub mod pages;
pub mod route;
pub mod state;
pub mod widgets;
