//! Numbers, money and dates laid out for a reader of each language (the glossary's formats):
//! Latvian `1 234,56` (non-breaking space, decimal comma) and `03.01.2019.`, English `1,234.56`
//! and `2019-01-03`. The one place these choices live; labels, templates and messages call it.

use crate::model::money::{fmt2, group_digits};
use crate::model::project::Lang;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A plain decimal string (`-1234.5`, `1234.56`) with the language's separators; keeps the
/// decimals given.
pub fn number(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Lv => group_digits(s, '\u{a0}', ','),
        Lang::En => group_digits(s, ',', '.'),
    }
}

/// An amount with exactly two decimals and the language's separators.
pub fn money(lang: Lang, x: &Decimal) -> String {
    number(lang, &fmt2(x))
}

/// A date in the language's format.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Lv => d.format("%d.%m.%Y.").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// An ISO date string (`2019-01-03`) in the language's format; anything else as it is.
pub fn date_str(lang: Lang, iso: &str) -> String {
    match NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(d) => date(lang, d),
        Err(_) => iso.to_string(),
    }
}
