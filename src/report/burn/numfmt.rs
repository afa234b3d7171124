//! Number and date formatting for the burn report's messages and renderers, per language:
//! Latvian `1 234,56` and `03.01.2019.`, English `1,234.56` and `2019-01-03`.

use crate::model::money::round_half_up;
use crate::model::project::Lang;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// `x` rounded half up to `dp` decimals with thousands grouped (a plain space in Latvian;
/// renderers turn it into a non-breaking one where needed).
pub(crate) fn num(x: Decimal, dp: u32, lang: Lang) -> String {
    let mut r = round_half_up(x, dp);
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    let (group, point) = match lang {
        Lang::Lv => (' ', ','),
        Lang::En => (',', '.'),
    };
    crate::model::money::group_digits(&r.to_string(), group, point)
}

/// Money: two decimals.
pub(crate) fn money(x: Decimal, lang: Lang) -> String {
    num(x, 2, lang)
}

pub(crate) fn date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Lv => d.format("%d.%m.%Y.").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn latvian_and_english() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(money(d("1234.5"), Lang::Lv), "1 234,50");
        assert_eq!(money(d("-532651"), Lang::En), "-532,651.00");
        assert_eq!(num(d("12.345"), 1, Lang::Lv), "12,3");
        assert_eq!(money(d("-0.001"), Lang::Lv), "0,00");
        let day = NaiveDate::from_ymd_opt(2019, 1, 3).unwrap();
        assert_eq!(date(day, Lang::Lv), "03.01.2019.");
    }
}
