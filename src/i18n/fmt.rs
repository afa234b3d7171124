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

/// A date in the language's format. Years 0–9999 are written directly (a million-line check
/// writes tens of thousands of dates; chrono's `format` parses its pattern each time); others
/// through chrono, which signs them.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    match (lang, (0..=9999).contains(&y)) {
        (Lang::Lv, true) => format!("{day:02}.{m:02}.{y:04}."),
        (Lang::En, true) => format!("{y:04}-{m:02}-{day:02}"),
        (Lang::Lv, false) => d.format("%d.%m.%Y.").to_string(),
        (Lang::En, false) => d.format("%Y-%m-%d").to_string(),
    }
}

/// An ISO date string (`2019-01-03`) in the language's format; anything else as it is.
pub fn date_str(lang: Lang, iso: &str) -> String {
    match NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(d) => date(lang, d),
        Err(_) => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    /// The direct formatting writes what chrono's patterns write, at the edges of the years it
    /// handles and beyond them.
    #[test]
    fn dates_read_as_chronos_patterns_write_them() {
        let days = [
            (2020, 2, 29),
            (2019, 1, 3),
            (1, 1, 1),
            (0, 12, 31),
            (999, 7, 4),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
        ];
        for (y, m, d) in days {
            let date_ = NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            assert_eq!(date(Lang::Lv, date_), date_.format("%d.%m.%Y.").to_string());
            assert_eq!(date(Lang::En, date_), date_.format("%Y-%m-%d").to_string());
        }
        let mut d = NaiveDate::from_ymd_opt(2018, 12, 1).expect("a date");
        while d.year() < 2024 {
            assert_eq!(date(Lang::Lv, d), d.format("%d.%m.%Y.").to_string());
            assert_eq!(date(Lang::En, d), d.format("%Y-%m-%d").to_string());
            d = d.succ_opt().expect("next day");
        }
    }
}
