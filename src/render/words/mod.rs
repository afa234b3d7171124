//! What a report says in every format: its words, formatted once from the model.

pub mod burn;
pub mod check;
pub mod claim;
pub mod review;
