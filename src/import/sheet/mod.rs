//! Reading spreadsheets in general: the file formats (xlsx, xls, ods, csv), their size bounds,
//! cells and header location. Nothing here knows the grant; the grant's inputs are read beside
//! this folder (`import::expenses`, `import::cases`, `import::rates`, `import::project`).

pub mod cells;
pub mod grid;
pub mod header;
pub mod range;
pub mod stream;
pub mod xls_bounds;
pub mod zip_bounds;
