//! Small tools every layer may use: hashing (the fast hasher of the in-memory maps and the
//! SHA-256 of inputs and outputs). Knows nothing of the grant.

pub(crate) mod hash;
