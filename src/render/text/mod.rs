//! Terminal output: one summary per report.

pub mod burn;
pub mod check;
pub mod review;
