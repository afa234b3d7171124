//! Where a report's figures came from, as grantbook's outputs record it and its readers read it
//! back: each input file's SHA-256 (`InputDigest`), and the hidden sheet of grantbook's
//! workbooks that carries the digests and the workbook's layout (`META_SHEET`).

use serde::{Deserialize, Serialize};

/// An input file and its SHA-256, as every report records them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputDigest {
    pub role: String,
    pub file: String,
    pub sha256: String,
}

/// The hidden sheet of every workbook grantbook writes: `key | value` rows, then
/// `input_role | input_file | input_sha256` rows.
pub(crate) const META_SHEET: &str = "_grantbook";
