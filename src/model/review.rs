//! What a reviewer records on a checklist row, as data: the result (in order / error), the error
//! type from the catalogue's typology and the parking of a finding — deferred to the next
//! claim, removed from this payment, or not an error after all — each value with the code of its
//! catalogue key (`review-result-…`, `review-error-type-…`, `review-parking-…`); and the rows a
//! filled checklist gives back (`FilledRow`, `ParkedRow`). Written by `report::review`, read
//! back by `import::readback::review_checklist`; the words are in the catalogue
//! (`i18n::choice`).

use super::money::ser_money;
use super::Money;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Ok,
    Error,
}

/// The error typology (sampling guidance and the common errors of AMIF/ISF claims).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorType {
    MissingDocument,
    IneligibleCost,
    WrongAmount,
    OutsidePeriod,
    DoubleFunding,
    Procurement,
    IneligiblePerson,
    Other,
}

/// What happens to a finding now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Parking {
    /// Evidence still to come: projected as an error, not deducted now, listed until cleared.
    Deferred,
    /// Taken out of this payment now, listed until cleared (it may be claimed again).
    Removed,
    /// The beneficiary's explanation holds: no error, nothing deducted.
    NotAnError,
}

pub const OUTCOMES: &[(Outcome, &str)] = &[(Outcome::Ok, "ok"), (Outcome::Error, "error")];

pub const ERROR_TYPES: &[(ErrorType, &str)] = &[
    (ErrorType::MissingDocument, "missing-document"),
    (ErrorType::IneligibleCost, "ineligible-cost"),
    (ErrorType::WrongAmount, "wrong-amount"),
    (ErrorType::OutsidePeriod, "outside-period"),
    (ErrorType::DoubleFunding, "double-funding"),
    (ErrorType::Procurement, "procurement"),
    (ErrorType::IneligiblePerson, "ineligible-person"),
    (ErrorType::Other, "other"),
];

pub const PARKINGS: &[(Parking, &str)] = &[
    (Parking::Deferred, "deferred"),
    (Parking::Removed, "removed"),
    (Parking::NotAnError, "not-an-error"),
];

/// A parked finding: deferred to the next claim or removed from this payment, listed in each
/// review until a reviewer marks it cleared.
#[derive(Debug, Clone, Serialize)]
pub struct ParkedRow {
    /// The period of the claim whose review parked it.
    pub period: String,
    pub entry_id: String,
    #[serde(serialize_with = "ser_money")]
    pub book_value: Money,
    #[serde(serialize_with = "ser_money")]
    pub deducted: Money,
    pub error_type: Option<ErrorType>,
    pub parking: Parking,
    pub note: String,
    pub cleared: bool,
}

/// A checklist row as read back from the reviewer's workbook.
#[derive(Debug, Clone)]
pub struct FilledRow {
    pub entry_id: String,
    pub book_value: Money,
    /// `None`: not yet checked.
    pub result: Option<Outcome>,
    pub error_type: Option<ErrorType>,
    pub deducted: Money,
    pub parking: Option<Parking>,
    pub note: String,
    /// The amount-deducted cell, and the result cell.
    pub at: String,
    pub result_at: String,
}
