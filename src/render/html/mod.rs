//! html: one self-contained page per report.

pub mod burn;
pub mod claim;
pub mod svg;
