//! What a reviewer records on a checklist row: the result (in order / error), the error type
//! from the catalogue's typology, and the parking of a finding — deferred to the next claim,
//! removed from this payment, or not an error after all. Each value has one text per language
//! (`review-result-…`, `review-error-type-…`, `review-parking-…`), and the checklist accepts
//! only the texts of its own language.

use crate::model::project::Lang;
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

pub(crate) const OUTCOMES: &[(Outcome, &str)] = &[(Outcome::Ok, "ok"), (Outcome::Error, "error")];

pub(crate) const ERROR_TYPES: &[(ErrorType, &str)] = &[
    (ErrorType::MissingDocument, "missing-document"),
    (ErrorType::IneligibleCost, "ineligible-cost"),
    (ErrorType::WrongAmount, "wrong-amount"),
    (ErrorType::OutsidePeriod, "outside-period"),
    (ErrorType::DoubleFunding, "double-funding"),
    (ErrorType::Procurement, "procurement"),
    (ErrorType::IneligiblePerson, "ineligible-person"),
    (ErrorType::Other, "other"),
];

pub(crate) const PARKINGS: &[(Parking, &str)] = &[
    (Parking::Deferred, "deferred"),
    (Parking::Removed, "removed"),
    (Parking::NotAnError, "not-an-error"),
];

/// The catalogue key of a value: `review-result-ok`, `review-error-type-procurement` …
fn key<T: PartialEq + Copy>(table: &[(T, &'static str)], prefix: &str, v: T) -> String {
    let code = table
        .iter()
        .find(|(x, _)| *x == v)
        .map(|(_, c)| *c)
        .unwrap_or("other");
    format!("{prefix}{code}")
}

pub(crate) fn outcome_text(lang: Lang, v: Outcome) -> String {
    crate::i18n::tr(lang, &key(OUTCOMES, "review-result-", v))
}
pub(crate) fn error_type_text(lang: Lang, v: ErrorType) -> String {
    crate::i18n::tr(lang, &key(ERROR_TYPES, "review-error-type-", v))
}
pub(crate) fn parking_text(lang: Lang, v: Parking) -> String {
    crate::i18n::tr(lang, &key(PARKINGS, "review-parking-", v))
}

/// Every text of a table in one language, in order (the drop-down's list).
pub(crate) fn texts<T: PartialEq + Copy>(
    lang: Lang,
    table: &[(T, &'static str)],
    prefix: &str,
) -> Vec<String> {
    table
        .iter()
        .map(|(_, c)| crate::i18n::tr(lang, &format!("{prefix}{c}")))
        .collect()
}

/// The value whose text in `lang` is `s` (trimmed, case-insensitive); `None` for anything else.
pub(crate) fn parse<T: PartialEq + Copy>(
    lang: Lang,
    table: &[(T, &'static str)],
    prefix: &str,
    s: &str,
) -> Option<T> {
    let s = s.trim().to_lowercase();
    table
        .iter()
        .find(|(_, c)| crate::i18n::tr(lang, &format!("{prefix}{c}")).to_lowercase() == s)
        .map(|(v, _)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_reads_back_in_its_own_language_only() {
        for lang in [Lang::Lv, Lang::En] {
            for t in texts(lang, ERROR_TYPES, "review-error-type-") {
                assert!(!t.starts_with('['), "{t}");
                assert!(parse(lang, ERROR_TYPES, "review-error-type-", &t).is_some());
            }
            for t in texts(lang, PARKINGS, "review-parking-") {
                assert!(parse(lang, PARKINGS, "review-parking-", &t).is_some());
            }
        }
        let en = outcome_text(Lang::En, Outcome::Error);
        assert_eq!(
            parse(Lang::En, OUTCOMES, "review-result-", &en),
            Some(Outcome::Error)
        );
        assert_eq!(parse(Lang::Lv, OUTCOMES, "review-result-", &en), None);
    }
}
