//! Plain building blocks that know nothing of the journey: ISO dates and calendar arithmetic,
//! decimal text, stable ordering and sorted maps, CSV text, file text decoding, and the
//! certification kinds the model names. The bottom layer: `model` and `domain` import it; it
//! imports neither.

pub mod csv_text;
pub mod dates;
pub mod decimal;
pub mod file_text;
pub mod kinds;
pub mod order;
pub mod sorted_map;
