//! What a reviewer records on a checklist row, in words: the values (`model::review`) each have
//! one text per language (`review-result-…`, `review-error-type-…`, `review-parking-…`), and the
//! checklist accepts only the texts of its own language (`i18n::choice`).

use crate::model::project::Lang;

pub use crate::i18n::choice::texts;
pub use crate::model::review::{ErrorType, Outcome, Parking, ERROR_TYPES, OUTCOMES, PARKINGS};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::choice::parse;

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
