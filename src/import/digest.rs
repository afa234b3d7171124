//! SHA-256 of input files: every report records the hash of each input file it was built from.

use crate::util::hash::sha256_hex;

/// Hashes a file; used for the project file.
pub(crate) fn sha256_file(path: &std::path::Path) -> std::io::Result<String> {
    Ok(sha256_hex(&std::fs::read(path)?))
}
