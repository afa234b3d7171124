//! Reading spreadsheets in general: opening a file by its format with its size bounds (`open`),
//! its cells (`cells`), laid out whole (`grid`) or streamed row by row (`stream`), and the
//! location of a table's header row (`header`). Nothing here knows the grant; the grant's inputs
//! are read beside this folder (`import::fields`, `import::table`, `import::expenses`, …).

pub mod cells;
pub mod grid;
pub mod header;
pub mod open;
pub mod range;
mod split;
pub mod stream;
pub mod xls_bounds;
pub mod zip_bounds;
