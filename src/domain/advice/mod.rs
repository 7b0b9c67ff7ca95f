//! Advice for the person: the newcomer guide and glossary, ideas for earning SEUs, and what to
//! do next.

pub mod guide;
pub mod next_step;
pub mod seu_ideas;
