//! Reading grantbook's own outputs back: a submitted claim workbook, a filled review checklist
//! and the claim register.

pub mod claim_workbook;
pub mod register;
pub mod review_checklist;
